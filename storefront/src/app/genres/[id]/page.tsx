import type { Metadata } from "next"
import { notFound } from "next/navigation"
import { readStoreConfig } from "@lib/config"
import { getCharts, getGenre } from "@lib/data/music"
import { parsePage } from "@lib/util/search-params"
import SetupNotice from "@modules/common/components/setup-notice"
import GenreDetails from "@modules/genres/templates/genre-details"

export const dynamic = "force-dynamic"

type Props = {
  params: Promise<{ id: string }>
  searchParams: Promise<{ page?: string | string[] }>
}

export async function generateMetadata({ params, searchParams }: Props): Promise<Metadata> {
  if (!readStoreConfig()) return {}
  const page = parsePage((await searchParams).page)
  const found = await getGenre((await params).id, page)
  if (!found) return { title: "Genre not found" }
  const { name } = found.genre
  return {
    title: page > 1 ? `${name}, page ${page}` : name,
    description: `${name} albums and best-selling tracks at Chinook Records.`,
  }
}

export default async function GenrePage({ params, searchParams }: Props) {
  if (!readStoreConfig()) {
    return <SetupNotice />
  }
  const { id } = await params
  const page = parsePage((await searchParams).page)
  // The best sellers head the first page only.
  const [found, charts] = await Promise.all([getGenre(id, page), page === 1 ? getCharts({ genreId: id, limit: 10 }) : null])
  if (!found) {
    notFound()
  }
  return <GenreDetails genre={found.genre} albums={found.albums} topTracks={charts?.tracks ?? []} />
}
