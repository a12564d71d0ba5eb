import Link from "next/link"
import type { PlaylistSummary } from "@/types/music"
import styles from "./playlist-grid.module.css"

export function playlistHref(p: { id: string }) {
  return `/playlists/${encodeURIComponent(p.id)}`
}

/** Editorial playlists as cards: name, description, a link to listen. */
export default function PlaylistGrid({ playlists, headingLevel = 2 }: { playlists: PlaylistSummary[]; headingLevel?: 2 | 3 }) {
  const Heading = `h${headingLevel}` as const
  return (
    <ul className={styles.grid} aria-label="Playlists">
      {playlists.map((p, i) => (
        <li key={p.id}>
          <article className={styles.card} data-tone={i % 4}>
            <span className={styles.mark} aria-hidden="true">
              ♫
            </span>
            <Heading className={styles.name}>
              <Link className={styles.link} href={playlistHref(p)} prefetch={false}>
                {p.name}
              </Link>
            </Heading>
            {p.description && <p className={styles.description}>{p.description}</p>}
          </article>
        </li>
      ))}
    </ul>
  )
}
