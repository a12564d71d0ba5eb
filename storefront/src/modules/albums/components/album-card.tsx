import Link from "next/link"
import Price from "@modules/common/components/price"
import { plural } from "@lib/util/plural"
import type { AlbumCard as Card } from "@/types/album"
import AlbumCover from "./album-cover"
import styles from "./album-card.module.css"

export function albumHref(album: Pick<Card, "handle">) {
  return `/albums/${encodeURIComponent(album.handle)}`
}

export function artistHref(artist: { id: string }) {
  return `/artists/${encodeURIComponent(artist.id)}`
}

type Props = {
  album: Card
  priority?: boolean
  /** Heading level of the title: h2 in a page's main list, h3 in a section. */
  headingLevel?: 2 | 3
  /** Leave the artist out (on the artist's own page). */
  hideArtist?: boolean
  /** A line above the title: a chart rank, why it is suggested. */
  eyebrow?: string
}

export default function AlbumCard({ album, priority = false, headingLevel = 2, hideArtist = false, eyebrow }: Props) {
  const Heading = `h${headingLevel}` as const
  return (
    <article className={styles.card}>
      <AlbumCover album={album} decorative priority={priority} />
      <div className={styles.body}>
        {eyebrow && <p className={styles.eyebrow}>{eyebrow}</p>}
        <Heading className={styles.title}>
          {/* No prefetch: an album page's metadata needs the backend, so prefetching
              every card in view would cost an album query per card. */}
          <Link className={styles.link} href={albumHref(album)} prefetch={false}>
            {album.title}
          </Link>
        </Heading>
        {!hideArtist && (
          <p className={styles.artist} title={album.artist.name}>
            <Link className={styles.artistLink} href={artistHref(album.artist)} prefetch={false}>
              {album.artist.name}
            </Link>
          </p>
        )}
        <div className={styles.footer}>
          <span className={styles.tracks}>{plural(album.trackCount, "track")}</span>
          <span>
            <span className="visually-hidden">Full album: </span>
            <Price className={styles.price} money={album.price} />
          </span>
        </div>
      </div>
    </article>
  )
}
