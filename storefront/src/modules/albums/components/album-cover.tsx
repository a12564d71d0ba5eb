import type { AlbumCard } from "@/types/album"
import styles from "./album-cover.module.css"

type Props = {
  album: Pick<AlbumCard, "title" | "artist" | "coverUrl">
  /** Decorative covers (next to a link that names the album) get no alt text. */
  decorative?: boolean
  /** Load eagerly: for covers in the first screenful. */
  priority?: boolean
  className?: string
}

/**
 * The album's artwork as a plain <img>. Every album gets a generated cover
 * from the backend; an empty square with a note stands in for one that has
 * none yet.
 */
export default function AlbumCover({ album, decorative = false, priority = false, className }: Props) {
  const label = `Cover of ${album.title} by ${album.artist.name}`
  const classes = [styles.cover, className].filter(Boolean).join(" ")

  if (!album.coverUrl) {
    return (
      <div className={`${classes} ${styles.placeholder}`} {...(decorative ? { "aria-hidden": true } : { role: "img", "aria-label": label })}>
        ♪
      </div>
    )
  }
  return (
    // eslint-disable-next-line @next/next/no-img-element -- covers come from any host; no optimisation wanted
    <img
      className={classes}
      src={album.coverUrl}
      alt={decorative ? "" : label}
      width={600}
      height={600}
      loading={priority ? "eager" : "lazy"}
      decoding="async"
    />
  )
}
