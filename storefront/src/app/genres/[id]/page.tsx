import type { Metadata } from "next"
import { notFound } from "next/navigation"
import { readStoreConfig } from "@lib/config"
import { getCharts, getGenre } from "@lib/data/music"
import { pagedTitle, type PagedRouteProps, readPagedRoute } from "@lib/util/search-params"
import SetupNotice from "@modules/common/components/setup-notice"
import GenreDetails from "@modules/genres/templates/genre-details"

export const dynamic = "force-dynamic"

export async function generateMetadata(props: PagedRouteProps): Promise<Metadata> {
  if (!readStoreConfig()) return {}
  const { id, page } = await readPagedRoute(props)
  const found = await getGenre(id, page)
  if (!found) return { title: "Genre not found" }
  const { name } = found.genre
  return {
    title: pagedTitle(name, page),
    description: `${name} albums and best-selling tracks at Chinook Records.`,
  }
}

export default async function GenrePage(props: PagedRouteProps) {
  if (!readStoreConfig()) {
    return <SetupNotice />
  }
  const { id, page } = await readPagedRoute(props)
  // The best sellers head the first page only.
  const [found, charts] = await Promise.all([getGenre(id, page), page === 1 ? getCharts({ genreId: id, limit: 10 }) : null])
  if (!found) {
    notFound()
  }
  return <GenreDetails genre={found.genre} albums={found.albums} topTracks={charts?.tracks ?? []} />
}
