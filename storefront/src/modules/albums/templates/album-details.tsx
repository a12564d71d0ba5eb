import Link from "next/link"
import Price from "@modules/common/components/price"
import { albumSavings } from "@lib/util/album-savings"
import { formatMoney } from "@lib/util/money"
import { plural } from "@lib/util/plural"
import type { Album } from "@/types/album"
import AlbumCover from "../components/album-cover"
import TrackList from "../components/track-list"
import styles from "./album-details.module.css"

export default function AlbumDetails({ album }: { album: Album }) {
  const savings = albumSavings(album)

  return (
    <div className={`container ${styles.page}`}>
      <Link href="/" className={styles.back}>
        <span aria-hidden="true">←</span> All albums
      </Link>

      <article aria-labelledby="album-title">
        <div className={styles.layout}>
          <div className={styles.coverWrap}>
            <AlbumCover album={album} priority />
          </div>

          <div className={styles.info}>
            <p className={styles.eyebrow}>Album</p>
            <h1 id="album-title" className={styles.title}>
              {album.title}
            </h1>
            <p className={styles.artist}>
              by <strong>{album.artist}</strong> · {plural(album.tracks.length, "track")}
            </p>

            <div className={styles.buy}>
              <p>
                <span className={styles.buyLabel}>Full album</span>
                <Price className={styles.buyPrice} money={album.price} />
              </p>
              {savings && (
                <p className={styles.savings}>
                  <strong>Save {formatMoney(savings.saved)}</strong> compared with buying all{" "}
                  {plural(album.tracks.length, "track")} separately ({formatMoney(savings.tracksTotal)}).
                </p>
              )}
            </div>
          </div>
        </div>

        <section className={styles.tracks} aria-labelledby="tracks-heading">
          <h2 id="tracks-heading" className={styles.tracksHeading}>
            Tracks
            <span className={styles.tracksCount}>Priced per track</span>
          </h2>
          <TrackList album={album} />
        </section>
      </article>
    </div>
  )
}
