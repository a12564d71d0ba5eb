import Link from "next/link"
import Pagination from "@modules/common/components/pagination"
import { plural } from "@lib/util/plural"
import PlaylistEditor from "../components/playlist-editor"
import { BuyUnownedButton } from "../components/playlist-actions"
import PlaylistSettings from "../components/playlist-settings"
import ShareDialog from "../components/share-dialog"
import type { MyPlaylist } from "../data/types"
import styles from "./my-playlist.module.css"

/** One of the customer's playlists: its details, sharing, and the tracks to play, reorder or remove. */
export default function MyPlaylistView({ playlist, copied = false }: { playlist: MyPlaylist; copied?: boolean }) {
  const { id, name, entries, page, pageCount } = playlist
  return (
    <section aria-labelledby="playlist-title" className={styles.section}>
      <Link href="/account/playlists" className={styles.back}>
        <span aria-hidden="true">←</span> Your playlists
      </Link>
      <header className={styles.header}>
        <p className={styles.eyebrow}>{playlist.shareUrl ? "Shared playlist" : playlist.visibility === "public" ? "Public playlist" : "Private playlist"}</p>
        <h2 id="playlist-title" className={styles.title}>
          {name}
        </h2>
        {playlist.description && <p className={styles.description}>{playlist.description}</p>}
        <p className={styles.meta}>{plural(playlist.trackCount, "track")}</p>
        {copied && (
          <p role="status" className={styles.notice}>
            Copied: this playlist is now yours to change.
          </p>
        )}
        <div className={styles.actions}>
          <ShareDialog playlistId={id} name={name} shareUrl={playlist.shareUrl} />
          {playlist.trackCount > 0 && <BuyUnownedButton source={{ playlistId: id }} />}
        </div>
        <PlaylistSettings id={id} name={name} description={playlist.description} visibility={playlist.visibility} />
      </header>

      {entries.length ? (
        <>
          <PlaylistEditor playlistId={id} name={name} trackIds={playlist.trackIds} offset={playlist.offset} entries={entries} />
          <Pagination page={page} pageCount={pageCount} hrefFor={(p) => `/account/playlists/${encodeURIComponent(id)}${p > 1 ? `?page=${p}` : ""}`} />
        </>
      ) : (
        <p className={styles.empty}>
          {playlist.trackCount
            ? "There are no more tracks past this page."
            : "This playlist is empty. Add tracks with “Add to a playlist” (♫+) next to any track: search, albums, charts or genres."}
        </p>
      )}
    </section>
  )
}
