import type { Metadata } from "next"
import { readStoreConfig } from "@lib/config"
import { getCharts, listGenres } from "@lib/data/music"
import { firstParam } from "@lib/util/search-params"
import ChartsView, { PERIODS } from "@modules/charts/templates/charts-view"
import SetupNotice from "@modules/common/components/setup-notice"

export const dynamic = "force-dynamic"

export const metadata: Metadata = {
  title: "Charts",
  description: "The best-selling albums and tracks at Chinook Records, all time or recently, in every genre.",
}

type Props = { searchParams: Promise<{ period?: string | string[]; genre?: string | string[] }> }

export default async function ChartsPage({ searchParams }: Props) {
  if (!readStoreConfig()) {
    return <SetupNotice />
  }
  const sp = await searchParams
  const period = PERIODS.find((p) => p.value === firstParam(sp.period)) ?? PERIODS[0]
  const genres = await listGenres()
  const genre = genres.find((g) => g.id === firstParam(sp.genre)) ?? null
  const charts = await getCharts({ genreId: genre?.id, days: period.days, limit: 20 })
  return <ChartsView charts={charts} genres={genres} genre={genre} period={period} />
}
