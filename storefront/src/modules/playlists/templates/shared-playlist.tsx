import PageIntro from "@modules/common/components/page-intro"
import Pagination from "@modules/common/components/pagination"
import { PlayAllButton } from "@modules/player/components/play-button"
import TrackQueue from "@modules/player/components/track-queue"
import TrackTable from "@modules/tracks/components/track-table"
import { plural } from "@lib/util/plural"
import { BuyUnownedButton, CopyPlaylistButton } from "../components/playlist-actions"
import type { SharedPlaylist } from "../data/types"
import styles from "./playlist-details.module.css"

/** A playlist someone shared by link: read-only, to play, buy from or copy. */
export default function SharedPlaylistView({ playlist, token }: { playlist: SharedPlaylist; token: string }) {
  const { tracks, page, pageCount, pageSize, count } = playlist
  const first = (page - 1) * pageSize + 1
  const href = (p: number) => `/playlists/shared/${encodeURIComponent(token)}${p > 1 ? `?page=${p}` : ""}`
  return (
    <div className="container">
      <PageIntro eyebrow="Shared playlist" title={playlist.name}>
        {playlist.description && <p>{playlist.description}</p>}
        <p>{plural(count, "track")}</p>
      </PageIntro>
      {tracks.length ? (
        <>
          <div className={styles.bar}>
            <TrackQueue tracks={tracks}>
              <PlayAllButton label="Play" />
            </TrackQueue>
            <span className={styles.tools}>
              <CopyPlaylistButton source={{ shareToken: token }} />
              <BuyUnownedButton source={{ shareToken: token }} />
            </span>
          </div>
          <TrackTable
            tracks={tracks}
            caption={`Tracks of the shared playlist ${playlist.name}${pageCount > 1 ? `, page ${page} of ${pageCount}` : ""}`}
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
