import BackLink from "@modules/common/components/back-link"
import PageIntro from "@modules/common/components/page-intro"
import Pagination from "@modules/common/components/pagination"
import { PlayAllButton } from "@modules/player/components/play-button"
import TrackQueue from "@modules/player/components/track-queue"
import TrackTable from "@modules/tracks/components/track-table"
import { plural } from "@lib/util/plural"
import type { Playlist } from "@/types/music"
import { BuyUnownedButton, CopyPlaylistButton } from "../components/playlist-actions"
import styles from "./playlist-details.module.css"

/** An editorial playlist: its tracks in order, a page at a time, each with a demo clip; copy it, or buy what you don't own of it. */
export default function PlaylistDetails({ playlist }: { playlist: Playlist }) {
  const { tracks, page, pageCount, pageSize, count } = playlist
  const href = (p: number) => `/playlists/${encodeURIComponent(playlist.id)}${p > 1 ? `?page=${p}` : ""}`
  const first = (page - 1) * pageSize + 1
  return (
    <div className="container">
      <BackLink href="/playlists" className={styles.back}>
        All playlists
      </BackLink>
      <PageIntro eyebrow="Playlist" title={playlist.name}>
        {playlist.description && <p>{playlist.description}</p>}
        <p>{plural(count, "track")}</p>
      </PageIntro>

      {tracks.length ? (
        <>
          <div className={styles.bar}>
            <TrackQueue tracks={tracks}>
              <PlayAllButton label="Play demo clips" />
            </TrackQueue>
            <span className={styles.tools}>
              <CopyPlaylistButton source={{ playlistId: playlist.id }} />
              <BuyUnownedButton source={{ playlistId: playlist.id }} />
            </span>
            {pageCount > 1 && (
              <p className={styles.range}>
                Tracks {first}–{first + tracks.length - 1} of {count.toLocaleString("en-US")}
              </p>
            )}
          </div>
          <TrackTable
            tracks={tracks}
            caption={`Tracks of the playlist ${playlist.name}${pageCount > 1 ? `, page ${page} of ${pageCount}` : ""}`}
            numberOf={(_, i) => first + i}
          />
          <Pagination page={page} pageCount={pageCount} hrefFor={href} />
        </>
      ) : (
        <p className={styles.empty}>{count ? "There are no more tracks past this page." : "This playlist is empty."}</p>
      )}
    </div>
  )
}
