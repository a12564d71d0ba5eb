import Link from "next/link"
import { plural } from "@lib/util/plural"
import CreatePlaylistForm from "../components/create-playlist-form"
import type { MyPlaylistSummary } from "../data/types"
import styles from "./my-playlists.module.css"

const dateFormat = new Intl.DateTimeFormat("en-US", { dateStyle: "medium", timeZone: "UTC" })

/** My playlists: each with its size and whether it is shared, and a form to start a new one. */
export default function MyPlaylists({ playlists, deleted = false }: { playlists: MyPlaylistSummary[]; deleted?: boolean }) {
  return (
    <section aria-labelledby="my-playlists-title" className={styles.section}>
      <h2 id="my-playlists-title" className={styles.heading}>
        Your playlists
      </h2>
      {deleted && (
        <p role="status" className={styles.notice}>
          The playlist was deleted.
        </p>
      )}
      <CreatePlaylistForm />
      {playlists.length ? (
        <ul className={styles.list} aria-label="Your playlists">
          {playlists.map((p) => (
            <li key={p.id} className={styles.item}>
              <Link href={`/account/playlists/${encodeURIComponent(p.id)}`} className={styles.name}>
                {p.name}
              </Link>
              <span className={styles.meta}>
                {plural(p.trackCount, "track")} · {p.shareUrl ? "Shared by link" : p.visibility === "public" ? "Public" : "Private"} ·
                changed {dateFormat.format(new Date(p.updatedAt))}
              </span>
              {p.description && <span className={styles.description}>{p.description}</span>}
            </li>
          ))}
        </ul>
      ) : (
        <p className={styles.empty}>
          No playlists yet. Name one above, or use <span aria-hidden="true">♫+</span> “Add to a playlist” next to any track in the
          store. You can also copy one of our <Link href="/playlists">staff playlists</Link>.
        </p>
      )}
    </section>
  )
}
