import type { Metadata } from "next"
import { readStoreConfig } from "@lib/config"
import { search } from "@lib/data/music"
import { firstParam } from "@lib/util/search-params"
import SetupNotice from "@modules/common/components/setup-notice"
import SearchResultsView from "@modules/search/templates/search-results"

// Every query is new: never cached.
export const dynamic = "force-dynamic"

type Props = { searchParams: Promise<{ q?: string | string[] }> }

export async function generateMetadata({ searchParams }: Props): Promise<Metadata> {
  const q = firstParam((await searchParams).q).slice(0, 200)
  return { title: q ? `Search: ${q}` : "Search", robots: { index: false } }
}

export default async function SearchPage({ searchParams }: Props) {
  if (!readStoreConfig()) {
    return <SetupNotice />
  }
  const q = firstParam((await searchParams).q).slice(0, 200)
  // Album cards show the full-album price and track count, as everywhere else.
  const results = q ? await search(q, 20, { priced: true }) : null
  return <SearchResultsView q={q} results={results} />
}
