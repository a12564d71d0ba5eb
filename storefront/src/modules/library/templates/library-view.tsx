import Link from "next/link"
import type { LibraryAlbum } from "@lib/data/library"
import { plural } from "@lib/util/plural"
import { Duration, DurationHeading } from "@modules/common/components/duration"
import PlayButton from "@modules/player/components/play-button"
import TrackQueue from "@modules/player/components/track-queue"
import type { PlayableTrack } from "@/types/music"
import DownloadButton from "../components/download-button"
import styles from "./library-view.module.css"

const dateFormat = new Intl.DateTimeFormat("en-US", { dateStyle: "medium", timeZone: "UTC" })

function playable(album: LibraryAlbum): PlayableTrack[] {
  const ref = { id: album.id, title: album.title, handle: album.handle ?? "", coverUrl: album.cover_url ?? album.thumbnail }
  return album.tracks.map((t) => ({ id: t.id, title: t.name, durationMs: t.milliseconds, album: ref, artist: album.artist }))
}

/** What the customer owns, album by album: play in full, download a track or the album, and the order that bought each. */
export default function LibraryView({ albums }: { albums: LibraryAlbum[] }) {
  if (!albums.length) {
    return (
      <section className={styles.empty} aria-labelledby="library-title">
        <h2 id="library-title">Your library is empty</h2>
        <p>Tracks and albums you buy appear here at once, to download and play in full.</p>
        <Link href="/albums">Browse albums</Link>
      </section>
    )
  }
  return (
    <section aria-labelledby="library-title" className={styles.library}>
      <h2 id="library-title" className="visually-hidden">
        Your library
      </h2>
      {albums.map((album) => {
        const queue = playable(album)
        const cover = album.cover_url ?? album.thumbnail
        return (
          <article key={album.id} className={styles.album} aria-labelledby={`album-${album.id}`}>
            <header className={styles.head}>
              {cover ? (
                // eslint-disable-next-line @next/next/no-img-element -- covers come from the backend's file storage
                <img className={styles.cover} src={cover} alt="" width={72} height={72} />
              ) : (
                <span className={styles.cover} aria-hidden="true" />
              )}
              <div className={styles.titles}>
                <h3 id={`album-${album.id}`} className={styles.title}>
                  {album.handle ? <Link href={`/albums/${encodeURIComponent(album.handle)}`}>{album.title}</Link> : album.title}
                </h3>
                <p className={styles.meta}>
                  {album.artist.name} · {plural(album.owned_track_count, "track")} owned
                </p>
              </div>
              <DownloadButton kind="album" id={album.id} label={album.title}>
                Download album (ZIP)
              </DownloadButton>
            </header>
            <TrackQueue tracks={queue}>
              <table className={styles.tracks}>
                <caption className="visually-hidden">Your tracks of {album.title}</caption>
                <thead>
                  <tr>
                    <th scope="col" className={styles.play}>
                      <span className="visually-hidden">Play</span>
                    </th>
                    <th scope="col">Title</th>
                    <th scope="col" className={styles.bought}>
                      Bought
                    </th>
                    <th scope="col" className={styles.time}>
                      <DurationHeading />
                    </th>
                    <th scope="col" className={styles.download}>
                      <span className="visually-hidden">Download</span>
                    </th>
                  </tr>
                </thead>
                <tbody>
                  {album.tracks.map((t) => (
                    <tr key={t.id}>
                      <td className={styles.play}>
                        <PlayButton trackId={t.id} title={t.name} full />
                      </td>
                      <th scope="row" className={styles.name}>
                        <span className={styles.number}>{t.track_number}.</span> {t.name}
                      </th>
                      <td className={styles.bought}>
                        <time dateTime={t.purchased_at}>{dateFormat.format(new Date(t.purchased_at))}</time>
                        {" · "}
                        <Link href={`/account/orders/${encodeURIComponent(t.order.id)}`}>
                          Order {t.order.display_id != null ? `#${t.order.display_id}` : ""}
                        </Link>
                      </td>
                      <td className={styles.time}>
                        <Duration ms={t.milliseconds} />
                      </td>
                      <td className={styles.download}>
                        <DownloadButton kind="download" id={t.id} label={t.name}>
                          Download
                        </DownloadButton>
                      </td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </TrackQueue>
          </article>
        )
      })}
    </section>
  )
}
