import "server-only"
import { FetchError } from "@medusajs/js-sdk"
import { getSdk } from "../sdk"

/** Seconds the catalogue (albums, artists, genres, playlists) is cached for. */
export const CATALOGUE_REVALIDATE = 300
/** Seconds charts are cached for: they move with orders, slowly. */
export const CHARTS_REVALIDATE = 600

type Query = Record<string, string | number | string[] | undefined>

type Options = {
  query?: Query
  /**
   * Seconds the answer may be served from Next's data cache; 0 for answers
   * that must be fresh on every request (search).
   */
  revalidate: number
  tags?: string[]
}

/**
 * GET on the Store API with the publishable key, cached in Next's data cache
 * for `revalidate` seconds (the pages themselves render per request: the
 * build has no backend to prerender from).
 */
export async function storeGet<T>(path: string, { query, revalidate, tags }: Options): Promise<T> {
  const clean: Record<string, string | number | string[]> = {}
  for (const [k, v] of Object.entries(query ?? {})) {
    if (v !== undefined && v !== "") clean[k] = v
  }
  return getSdk().client.fetch<T>(path, {
    method: "GET",
    query: clean,
    ...(revalidate > 0 ? { next: { revalidate, tags: ["catalogue", ...(tags ?? [])] } } : { cache: "no-store" }),
  })
}

/** `storeGet`, with null for a 404 (an unknown id or handle). */
export async function storeGetOrNull<T>(path: string, options: Options): Promise<T | null> {
  try {
    return await storeGet<T>(path, options)
  } catch (e) {
    if (isStatus(e, 404)) return null
    throw e
  }
}

export function isStatus(e: unknown, ...statuses: number[]): boolean {
  return e instanceof FetchError && statuses.includes(e.status ?? 0)
}
