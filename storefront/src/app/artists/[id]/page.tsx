import type { Metadata } from "next"
import { notFound } from "next/navigation"
import { readStoreConfig } from "@lib/config"
import { getArtist } from "@lib/data/music"
import { pagedTitle, type PagedRouteProps, readPagedRoute } from "@lib/util/search-params"
import ArtistDetails from "@modules/artists/templates/artist-details"
import SetupNotice from "@modules/common/components/setup-notice"

export const dynamic = "force-dynamic"

export async function generateMetadata(props: PagedRouteProps): Promise<Metadata> {
  if (!readStoreConfig()) return {}
  const { id, page } = await readPagedRoute(props)
  const found = await getArtist(id, page)
  if (!found) return { title: "Artist not found" }
  const { name } = found.artist
  return { title: pagedTitle(name, page), description: `Albums by ${name} at Chinook Records.` }
}

export default async function ArtistPage(props: PagedRouteProps) {
  if (!readStoreConfig()) {
    return <SetupNotice />
  }
  const { id, page } = await readPagedRoute(props)
  const found = await getArtist(id, page)
  if (!found) {
    notFound()
  }
  return <ArtistDetails artist={found.artist} albums={found.albums} />
}
