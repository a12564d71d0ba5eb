import type { Metadata } from "next"
import { notFound } from "next/navigation"
import { readStoreConfig } from "@lib/config"
import { listAlbums } from "@lib/data/albums"
import { getCharts, getGenre } from "@lib/data/music"
import { parsePage } from "@lib/util/search-params"
import SetupNotice from "@modules/common/components/setup-notice"
import GenreDetails from "@modules/genres/templates/genre-details"

export const dynamic = "force-dynamic"

type Props = {
  params: Promise<{ id: string }>
  searchParams: Promise<{ page?: string | string[] }>
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  if (!readStoreConfig()) return {}
  const genre = await getGenre((await params).id)
  if (!genre) return { title: "Genre not found" }
  return { title: genre.name, description: `${genre.name} albums and best-selling tracks at Chinook Records.` }
}

export default async function GenrePage({ params, searchParams }: Props) {
  if (!readStoreConfig()) {
    return <SetupNotice />
  }
  const { id } = await params
  const page = parsePage((await searchParams).page)
  const genre = await getGenre(id)
  if (!genre) {
    notFound()
  }
  const [albums, charts] = await Promise.all([listAlbums(page, { genreId: genre.id }), getCharts({ genreId: genre.id, limit: 10 })])
  return <GenreDetails genre={genre} albums={albums} topTracks={charts?.tracks ?? []} />
}
