import type { Album } from "@/types/album"
import GeneratedCover from "./generated-cover"
import styles from "./album-cover.module.css"

type Props = {
  album: Pick<Album, "title" | "artist" | "coverUrl">
  /** Decorative covers (next to a link that names the album) get no alt text. */
  decorative?: boolean
  /** Load eagerly: for covers in the first screenful. */
  priority?: boolean
  className?: string
}

/** The album's artwork as a plain <img>, or a generated cover when it has none. */
export default function AlbumCover({ album, decorative = false, priority = false, className }: Props) {
  const label = `Cover of ${album.title} by ${album.artist}`
  const classes = [styles.cover, className].filter(Boolean).join(" ")

  if (!album.coverUrl) {
    return (
      <GeneratedCover
        className={classes}
        artist={album.artist}
        title={album.title}
        label={decorative ? undefined : label}
      />
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
