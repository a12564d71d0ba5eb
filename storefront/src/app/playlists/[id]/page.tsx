import type { Metadata } from "next"
import { notFound } from "next/navigation"
import { readStoreConfig } from "@lib/config"
import { getPlaylist } from "@lib/data/music"
import { pagedTitle, type PagedRouteProps, readPagedRoute } from "@lib/util/search-params"
import SetupNotice from "@modules/common/components/setup-notice"
import PlaylistDetails from "@modules/playlists/templates/playlist-details"

export const dynamic = "force-dynamic"

export async function generateMetadata(props: PagedRouteProps): Promise<Metadata> {
  if (!readStoreConfig()) return {}
  const { id, page } = await readPagedRoute(props)
  const playlist = await getPlaylist(id, page)
  if (!playlist) return { title: "Playlist not found" }
  return {
    title: pagedTitle(playlist.name, page),
    description: playlist.description ?? `${playlist.name}: a Chinook Records playlist.`,
  }
}

export default async function PlaylistPage(props: PagedRouteProps) {
  if (!readStoreConfig()) {
    return <SetupNotice />
  }
  const { id, page } = await readPagedRoute(props)
  const playlist = await getPlaylist(id, page)
  if (!playlist) {
    notFound()
  }
  return <PlaylistDetails playlist={playlist} />
}
