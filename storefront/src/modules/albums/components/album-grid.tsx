import type { AlbumCard as Card } from "@/types/album"
import AlbumCard from "./album-card"
import styles from "./album-grid.module.css"

type Props<T extends Card> = {
  albums: T[]
  label: string
  headingLevel?: 2 | 3
  hideArtist?: boolean
  /** Cards in the first screenful load their covers eagerly. */
  eager?: number
  eyebrow?: (album: T) => string | undefined
}

/** The responsive grid of album cards: 2 columns on phones, up to 4 on desktops. */
export default function AlbumGrid<T extends Card>({ albums, label, headingLevel, hideArtist, eager = 8, eyebrow }: Props<T>) {
  return (
    <ul className={styles.grid} aria-label={label}>
      {albums.map((album, i) => (
        <li key={album.id}>
          <AlbumCard
            album={album}
            priority={i < eager}
            headingLevel={headingLevel}
            hideArtist={hideArtist}
            eyebrow={eyebrow?.(album)}
          />
        </li>
      ))}
    </ul>
  )
}
