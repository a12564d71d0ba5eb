import type { Album } from "@/types/album"
import AlbumCard from "./album-card"
import styles from "./album-grid.module.css"

/** The responsive grid of album cards: 2 columns on phones, up to 4 on desktops. */
export default function AlbumGrid({ albums, label }: { albums: Album[]; label: string }) {
  return (
    <ul className={styles.grid} aria-label={label}>
      {albums.map((album, i) => (
        <li key={album.id}>
          <AlbumCard album={album} priority={i < 8} />
        </li>
      ))}
    </ul>
  )
}
