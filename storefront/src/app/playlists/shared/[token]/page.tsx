import type { Metadata } from "next"
import { notFound } from "next/navigation"
import { readStoreConfig } from "@lib/config"
import { parsePage } from "@lib/util/search-params"
import SetupNotice from "@modules/common/components/setup-notice"
import { getSharedPlaylist } from "@modules/playlists/data/playlists"
import SharedPlaylistView from "@modules/playlists/templates/shared-playlist"

export const dynamic = "force-dynamic"

type Props = { params: Promise<{ token: string }>; searchParams: Promise<{ page?: string | string[] }> }

// A shared link is for the people it was sent to: not for search engines.
export async function generateMetadata({ params }: Props): Promise<Metadata> {
  if (!readStoreConfig()) return {}
  const playlist = await getSharedPlaylist((await params).token, 1)
  return { title: playlist ? playlist.name : "Playlist not found", robots: { index: false, follow: false } }
}

export default async function SharedPlaylistPage({ params, searchParams }: Props) {
  if (!readStoreConfig()) {
    return <SetupNotice />
  }
  const { token } = await params
  const playlist = await getSharedPlaylist(token, parsePage((await searchParams).page))
  if (!playlist) notFound()
  return <SharedPlaylistView playlist={playlist} token={token} />
}
