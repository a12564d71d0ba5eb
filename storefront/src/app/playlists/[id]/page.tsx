import type { Metadata } from "next"
import { notFound } from "next/navigation"
import { readStoreConfig } from "@lib/config"
import { getPlaylist } from "@lib/data/music"
import { parsePage } from "@lib/util/search-params"
import SetupNotice from "@modules/common/components/setup-notice"
import PlaylistDetails from "@modules/playlists/templates/playlist-details"

export const dynamic = "force-dynamic"

type Props = {
  params: Promise<{ id: string }>
  searchParams: Promise<{ page?: string | string[] }>
}

export async function generateMetadata({ params, searchParams }: Props): Promise<Metadata> {
  if (!readStoreConfig()) return {}
  const page = parsePage((await searchParams).page)
  const playlist = await getPlaylist((await params).id, page)
  if (!playlist) return { title: "Playlist not found" }
  return {
    title: page > 1 ? `${playlist.name}, page ${page}` : playlist.name,
    description: playlist.description ?? `${playlist.name}: a Chinook Records playlist.`,
  }
}

export default async function PlaylistPage({ params, searchParams }: Props) {
  if (!readStoreConfig()) {
    return <SetupNotice />
  }
  const page = parsePage((await searchParams).page)
  const playlist = await getPlaylist((await params).id, page)
  if (!playlist) {
    notFound()
  }
  return <PlaylistDetails playlist={playlist} />
}
