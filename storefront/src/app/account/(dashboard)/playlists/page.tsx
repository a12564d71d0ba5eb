import type { Metadata } from "next"
import { requireCustomer } from "@lib/data/require-customer"
import { firstParam, type SearchParamValue } from "@lib/util/search-params"
import { listMyPlaylists } from "@modules/playlists/data/playlists"
import MyPlaylists from "@modules/playlists/templates/my-playlists"

export const metadata: Metadata = { title: "Your playlists", robots: { index: false } }

type Props = { searchParams: Promise<Record<string, SearchParamValue>> }

export default async function MyPlaylistsPage({ searchParams }: Props) {
  await requireCustomer("/account/playlists")
  const [playlists, params] = await Promise.all([listMyPlaylists(), searchParams])
  return <MyPlaylists playlists={playlists} deleted={firstParam(params.deleted) === "1"} />
}
