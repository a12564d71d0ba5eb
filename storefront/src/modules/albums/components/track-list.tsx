import Price from "@modules/common/components/price"
import type { Album } from "@/types/album"
import styles from "./track-list.module.css"

/** The album's tracks in track-number order, each with its own price. */
export default function TrackList({ album }: { album: Album }) {
  if (!album.tracks.length) {
    return <p>This album has no tracks for sale yet.</p>
  }
  return (
    <table className={styles.table}>
      <caption className="visually-hidden">
        Tracks of {album.title} by {album.artist}, with the price of each
      </caption>
      <thead>
        <tr>
          <th scope="col" className={styles.number}>
            #
          </th>
          <th scope="col">Title</th>
          <th scope="col" className={styles.price}>
            Price
          </th>
        </tr>
      </thead>
      <tbody>
        {album.tracks.map((track) => (
          <tr key={track.variantId}>
            <td className={styles.number}>{track.number}</td>
            <th scope="row" className={styles.title}>
              {track.title}
            </th>
            <td className={styles.price}>
              <Price money={track.price} />
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  )
}
