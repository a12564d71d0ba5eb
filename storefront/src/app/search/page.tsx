import type { Metadata } from "next"
import { readStoreConfig } from "@lib/config"
import { firstParam, type SearchParamValue } from "@lib/util/search-params"
import SetupNotice from "@modules/common/components/setup-notice"
import { searchPage } from "@modules/search/data/search-page"
import { filtersFrom } from "@modules/search/lib/filters"
import SearchResultsView from "@modules/search/templates/search-results"

// Every query is new: never cached.
export const dynamic = "force-dynamic"

type Props = { searchParams: Promise<Record<string, SearchParamValue>> }

export async function generateMetadata({ searchParams }: Props): Promise<Metadata> {
  const q = firstParam((await searchParams).q).slice(0, 200)
  return { title: q ? `Search: ${q}` : "Search", robots: { index: false } }
}

export default async function SearchPage({ searchParams }: Props) {
  if (!readStoreConfig()) {
    return <SetupNotice />
  }
  const params = await searchParams
  const q = firstParam(params.q).slice(0, 200)
  // Album cards show the full-album price and track count, as everywhere else;
  // genre_id and media_type_id narrow the results, as the facets' links set them.
  const results = q ? await searchPage(q, filtersFrom(params)) : null
  return <SearchResultsView q={q} results={results} />
}
