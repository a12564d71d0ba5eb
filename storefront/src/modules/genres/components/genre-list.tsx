import Link from "next/link"
import type { GenreRef } from "@/types/album"
import styles from "./genre-list.module.css"

/** Genres as large tappable tiles, each a link to its page. */
export default function GenreList({ genres, label }: { genres: GenreRef[]; label: string }) {
  return (
    <ul className={styles.list} aria-label={label}>
      {genres.map((g, i) => (
        <li key={g.id}>
          <Link className={styles.tile} href={`/genres/${encodeURIComponent(g.id)}`} data-tone={i % 6}>
            {g.name}
          </Link>
        </li>
      ))}
    </ul>
  )
}
