import AddToCartButton from "@modules/cart/components/add-to-cart-button"
import PlayButton from "@modules/player/components/play-button"
import AddToPlaylist from "@modules/playlists/components/add-to-playlist"
import TrackQueue from "@modules/player/components/track-queue"
import { Duration, DurationHeading } from "@modules/common/components/duration"
import type { Album } from "@/types/album"
import styles from "./track-list.module.css"

/** The album's tracks in track-number order, each with a demo clip, its length and its own price. */
export default function TrackList({ album }: { album: Album }) {
  if (!album.tracks.length) {
    return <p>This album has no tracks for sale yet.</p>
  }
  return (
    <TrackQueue tracks={album.tracks}>
      <table className={styles.table}>
        <caption className="visually-hidden">
          Tracks of {album.title}
 by {album.artist.name}, with a demo clip, the length and the price of each
        </caption>
        <thead>
          <tr>
            <th scope="col" className={styles.number}>
              #
            </th>
            <th scope="col" className={styles.play}>
              <span className="visually-hidden">Demo clip</span>
            </th>
            <th scope="col">Title</th>
            <th scope="col" className={styles.time}>
              <DurationHeading />
            </th>
            <th scope="col" className={styles.price}>
              Price
            </th>
            <th scope="col" className={styles.playlist}>
              <span className="visually-hidden">Add to a playlist</span>
            </th>
          </tr>
        </thead>
        <tbody>
          {album.tracks.map((track) => (
            <tr key={track.id}>
              <td className={styles.number} data-col="number">
                {track.number}
              </td>
              <td className={styles.play}>
                <PlayButton trackId={track.id} title={track.title} />
              </td>
              <th scope="row" className={styles.title} data-col="title">
                <span className={styles.name}>{track.title}</span>
                {track.composer && <span className={styles.composer}>{track.composer}</span>}
              </th>
              <td className={styles.time} data-col="time">
                <Duration ms={track.durationMs} />
              </td>
              <td className={styles.price} data-col="price">
                <AddToCartButton variantId={track.variantId} name={track.title} price={track.price} />
              </td>
              <td className={styles.playlist}>
                <AddToPlaylist trackId={track.id} title={track.title} />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </TrackQueue>
  )
}
