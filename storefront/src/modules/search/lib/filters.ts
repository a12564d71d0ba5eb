import type { SearchParamValue } from "@lib/util/search-params"

export type SearchFilters = { genreIds: string[]; mediaTypeIds: string[] }
type Kind = keyof SearchFilters

/** The URL's parameter for each filter: the Store API's own names. */
const PARAM: Record<Kind, string> = { genreIds: "genre_id", mediaTypeIds: "media_type_id" }

/** Ids from a repeated or comma-separated parameter; bounded as the Store API bounds them. */
function ids(value: SearchParamValue): string[] {
  const raw = (Array.isArray(value) ? value : value ? [value] : []).flatMap((v) => v.split(","))
  const list = raw.map((v) => v.trim()).filter((v) => v && v.length <= 100)
  return [...new Set(list)].slice(0, 25)
}

export function filtersFrom(params: Record<string, SearchParamValue>): SearchFilters {
  return { genreIds: ids(params[PARAM.genreIds]), mediaTypeIds: ids(params[PARAM.mediaTypeIds]) }
}

/** The results page for `q` with these filters: a plain link, so filtering works without JavaScript. */
export function searchHref(q: string, filters: SearchFilters): string {
  const params = new URLSearchParams({ q })
  for (const kind of Object.keys(PARAM) as Kind[]) {
    for (const id of filters[kind]) params.append(PARAM[kind], id)
  }
  return `/search?${params.toString()}`
}

/** The filters with `id` added to its kind, or removed when it is already there. */
export function toggled(filters: SearchFilters, kind: Kind, id: string): SearchFilters {
  const current = filters[kind]
  const next = current.includes(id) ? current.filter((x) => x !== id) : [...current, id]
  return { ...filters, [kind]: next }
}

export const noFilters: SearchFilters = { genreIds: [], mediaTypeIds: [] }
