import Link from "next/link"
import AddToCartButton from "@modules/cart/components/add-to-cart-button"
import PlayButton from "@modules/player/components/play-button"
import AddToPlaylist from "@modules/playlists/components/add-to-playlist"
import TrackQueue from "@modules/player/components/track-queue"
import { Duration, DurationHeading } from "@modules/common/components/duration"
import type { TrackCard } from "@/types/album"
import type { PlayableTrack } from "@/types/music"
import styles from "./track-table.module.css"

type Props<T extends PlayableTrack & Partial<Pick<TrackCard, "variantId" | "price">>> = {
  tracks: T[]
  caption: string
  /** The first column: a chart rank, a playlist position. */
  numberHeading?: string
  numberOf?: (track: T, index: number) => number
  /** An extra column at the end of the row, e.g. units sold. */
  extra?: { heading: string; cell: (track: T) => string }
}

/**
 * Tracks from many albums (a playlist, a chart, search results), each with
 * its cover, a demo clip and links to its album and artist.
 */
export default function TrackTable<T extends PlayableTrack & Partial<Pick<TrackCard, "variantId" | "price">>>({ tracks, caption, numberHeading = "#", numberOf, extra }: Props<T>) {
  return (
    <TrackQueue tracks={tracks}>
      <table className={styles.table}>
        <caption className="visually-hidden">{caption}</caption>
        <thead>
          <tr>
            <th scope="col" className={styles.number}>
              {numberHeading}
            </th>
            <th scope="col" className={styles.play}>
              <span className="visually-hidden">Demo clip</span>
            </th>
            <th scope="col">Title</th>
            <th scope="col" className={styles.album}>
              Album
            </th>
            <th scope="col" className={styles.time}>
              <DurationHeading />
            </th>
            <th scope="col" className={styles.buy}>
              Price
            </th>
            <th scope="col" className={styles.playlist}>
              <span className="visually-hidden">Add to a playlist</span>
            </th>
            {extra && (
              <th scope="col" className={styles.extra}>
                {extra.heading}
              </th>
            )}
          </tr>
        </thead>
        <tbody>
          {tracks.map((t, i) => (
            <tr key={`${t.id}-${i}`}>
              <td className={styles.number}>{numberOf ? numberOf(t, i) : i + 1}</td>
              <td className={styles.play}>
                <PlayButton trackId={t.id} title={t.title} />
              </td>
              <th scope="row" className={styles.title}>
                <span className={styles.titleCell}>
                  {t.album.coverUrl ? (
                    // eslint-disable-next-line @next/next/no-img-element -- covers come from the backend's file storage
                    <img className={styles.cover} src={t.album.coverUrl} alt="" width={40} height={40} loading="lazy" />
                  ) : (
                    <span className={styles.cover} aria-hidden="true" />
                  )}
                  <span className={styles.titleText}>
                    <span className={styles.name} data-col="title">
                      {t.title}
                    </span>
                    <span className={styles.artist}>
                      <Link href={`/artists/${encodeURIComponent(t.artist.id)}`} prefetch={false}>
                        {t.artist.name}
                      </Link>
                    </span>
                  </span>
                </span>
              </th>
              <td className={styles.album}>
                <Link href={`/albums/${encodeURIComponent(t.album.handle)}`} prefetch={false}>
                  {t.album.title}
                </Link>
              </td>
              <td className={styles.time}>
                <Duration ms={t.durationMs} />
              </td>
              <td className={styles.buy}>
                <AddToCartButton variantId={t.variantId ?? null} name={t.title} price={t.price ?? null} />
              </td>
              <td className={styles.playlist}>
                <AddToPlaylist trackId={t.id} title={t.title} />
              </td>
              {extra && <td className={styles.extra}>{extra.cell(t)}</td>}
            </tr>
          ))}
        </tbody>
      </table>
    </TrackQueue>
  )
}
