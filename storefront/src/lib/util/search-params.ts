export type SearchParamValue = string | string[] | undefined

/** The first value of a query parameter, trimmed; "" when absent. */
export function firstParam(value: SearchParamValue): string {
  const raw = Array.isArray(value) ? value[0] : value
  return (raw ?? "").trim()
}

/** A page number from ?page=: 1 unless it is a whole number from 1 up. */
export function parsePage(value: SearchParamValue): number {
  const n = Number(firstParam(value))
  return Number.isInteger(n) && n >= 1 ? Math.min(n, 100_000) : 1
}

/** What Next gives the page of one thing listed a page at a time (an artist, a genre, a playlist). */
export type PagedRouteProps = {
  params: Promise<{ id: string }>
  searchParams: Promise<{ page?: SearchParamValue }>
}

/** The id and the page number (from ?page=) such a page was asked for. */
export async function readPagedRoute({ params, searchParams }: PagedRouteProps): Promise<{ id: string; page: number }> {
  const [{ id }, { page }] = await Promise.all([params, searchParams])
  return { id, page: parsePage(page) }
}

/** A paged page's title: the name, and which page past the first. */
export function pagedTitle(name: string, page: number): string {
  return page > 1 ? `${name}, page ${page}` : name
}
