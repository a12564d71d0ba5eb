import type { Metadata } from "next"
import { notFound } from "next/navigation"
import { readStoreConfig } from "@lib/config"
import { getArtist } from "@lib/data/music"
import { parsePage } from "@lib/util/search-params"
import ArtistDetails from "@modules/artists/templates/artist-details"
import SetupNotice from "@modules/common/components/setup-notice"

export const dynamic = "force-dynamic"

type Props = {
  params: Promise<{ id: string }>
  searchParams: Promise<{ page?: string | string[] }>
}

export async function generateMetadata({ params, searchParams }: Props): Promise<Metadata> {
  if (!readStoreConfig()) return {}
  const page = parsePage((await searchParams).page)
  const found = await getArtist((await params).id, page)
  if (!found) return { title: "Artist not found" }
  const { name } = found.artist
  return { title: page > 1 ? `${name}, page ${page}` : name, description: `Albums by ${name} at Chinook Records.` }
}

export default async function ArtistPage({ params, searchParams }: Props) {
  if (!readStoreConfig()) {
    return <SetupNotice />
  }
  const page = parsePage((await searchParams).page)
  const found = await getArtist((await params).id, page)
  if (!found) {
    notFound()
  }
  return <ArtistDetails artist={found.artist} albums={found.albums} />
}
