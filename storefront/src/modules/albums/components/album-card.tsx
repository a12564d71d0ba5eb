import Link from "next/link"
import Price from "@modules/common/components/price"
import { plural } from "@lib/util/plural"
import type { Album } from "@/types/album"
import AlbumCover from "./album-cover"
import styles from "./album-card.module.css"

export function albumHref(album: Pick<Album, "handle">) {
  return `/albums/${encodeURIComponent(album.handle)}`
}

export default function AlbumCard({ album, priority = false }: { album: Album; priority?: boolean }) {
  return (
    <article className={styles.card}>
      <AlbumCover album={album} decorative priority={priority} />
      <div className={styles.body}>
        <h2 className={styles.title}>
          {/* No prefetch: an album page's metadata needs the backend, so prefetching
              every card in view would cost a product query per card. */}
          <Link className={styles.link} href={albumHref(album)} prefetch={false}>
            {album.title}
          </Link>
        </h2>
        <p className={styles.artist} title={album.artist}>
          {album.artist}
        </p>
        <div className={styles.footer}>
          <span className={styles.tracks}>{plural(album.tracks.length, "track")}</span>
          <span>
            <span className="visually-hidden">Full album: </span>
            <Price className={styles.price} money={album.price} />
          </span>
        </div>
      </div>
    </article>
  )
}
