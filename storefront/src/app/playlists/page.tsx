import type { Metadata } from "next"
import { readStoreConfig } from "@lib/config"
import { listPlaylists } from "@lib/data/music"
import Notice from "@modules/common/components/notice"
import PageIntro from "@modules/common/components/page-intro"
import SetupNotice from "@modules/common/components/setup-notice"
import PlaylistGrid from "@modules/playlists/components/playlist-grid"

export const dynamic = "force-dynamic"

export const metadata: Metadata = { title: "Playlists", description: "Playlists hand-picked by the Chinook Records staff." }

export default async function PlaylistsPage() {
  if (!readStoreConfig()) {
    return <SetupNotice />
  }
  const playlists = await listPlaylists()
  if (!playlists.length) {
    return (
      <Notice title="No playlists yet" role="status">
        <p>Our staff haven&apos;t published any playlists yet. Try the charts in the meantime.</p>
      </Notice>
    )
  }
  return (
    <div className="container">
      <PageIntro title="Playlists">
        <p>Hand-picked by our staff. Open one and press play for demo clips of every track.</p>
      </PageIntro>
      <PlaylistGrid playlists={playlists} />
    </div>
  )
}
