import type { Metadata } from "next"
import { notFound } from "next/navigation"
import { requireCustomer } from "@lib/data/require-customer"
import { firstParam, parsePage, type SearchParamValue } from "@lib/util/search-params"
import { getMyPlaylist } from "@modules/playlists/data/playlists"
import MyPlaylistView from "@modules/playlists/templates/my-playlist"

export const metadata: Metadata = { title: "Your playlist", robots: { index: false } }

type Props = { params: Promise<{ id: string }>; searchParams: Promise<Record<string, SearchParamValue>> }

export default async function MyPlaylistPage({ params, searchParams }: Props) {
  const { id } = await params
  await requireCustomer(`/account/playlists/${encodeURIComponent(id)}`)
  const query = await searchParams
  const playlist = await getMyPlaylist(id, parsePage(query.page))
  if (!playlist) notFound()
  return <MyPlaylistView playlist={playlist} copied={firstParam(query.copied) === "1"} />
}
