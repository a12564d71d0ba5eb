import type { MedusaContainer } from "@medusajs/framework/types"
import { Modules } from "@medusajs/framework/utils"

/*
 * What the store reads of the catalogue besides prices and visibility
 * (titles, handles, track lists, artists) changes only when staff edit it, so
 * it is kept in Medusa's Caching Module: in memory on one server, in Redis
 * when REDIS_URL is set, so every server sees the same entries and the same
 * invalidations. Entries carry the Caching Module's entity tags
 * ("Product:prod_…", "Album:alb_…"): Medusa clears product tags itself when a
 * product event is emitted, and our own workflows clear album tags.
 */

type Caching = {
  get(o: { key: string }): Promise<any>
  set(o: { key: string; data: unknown; tags?: string[]; ttl?: number }): Promise<void>
  clear(o: { key?: string; tags?: string[] }): Promise<void>
}

const TTL_SECONDS = 3600

function caching(scope: MedusaContainer): Caching | undefined {
  const cache = scope.resolve(Modules.CACHING, { allowUnregistered: true }) as Caching | undefined
  if (!cache) return undefined
  // A cache that is full or unreachable costs speed, never an answer.
  return {
    get: (o) => cache.get(o).catch(() => null),
    set: (o) => cache.set(o).catch(() => undefined),
    clear: (o) => cache.clear(o),
  }
}

export const albumTag = (albumId: string) => `Album:${albumId}`

/** One value, read through the cache. `fetch` says which tags invalidate what it found. */
export async function cached<T>(
  scope: MedusaContainer,
  key: string,
  fetch: () => Promise<{ value: T; tags: string[] }>
): Promise<T> {
  const cache = caching(scope)
  if (!cache) return (await fetch()).value
  // Wrapped, so that a remembered "nothing" (null) is told apart from a miss.
  const hit = await cache.get({ key })
  if (hit && typeof hit === "object" && "v" in hit) return hit.v as T
  const { value, tags } = await fetch()
  await cache.set({ key, data: { v: value }, tags, ttl: TTL_SECONDS })
  return value
}

/**
 * Many values by id: the ids already cached are read from it, the rest are
 * fetched in one call and cached one by one.
 */
export async function cachedMany<T>(
  scope: MedusaContainer,
  prefix: string,
  ids: string[],
  fetchMany: (missing: string[]) => Promise<Map<string, { value: T; tags: string[] }>>
): Promise<Map<string, T>> {
  const unique = [...new Set(ids)]
  const found = new Map<string, T>()
  const cache = caching(scope)
  const hits = cache ? await Promise.all(unique.map((id) => cache.get({ key: `${prefix}:${id}` }))) : []
  const missing: string[] = []
  unique.forEach((id, i) => {
    const hit = hits[i]
    if (hit && typeof hit === "object" && "v" in hit) found.set(id, hit.v as T)
    else missing.push(id)
  })
  if (missing.length) {
    const fetched = await fetchMany(missing)
    await Promise.all(
      [...fetched].map(([id, { value, tags }]) => {
        found.set(id, value)
        return cache?.set({ key: `${prefix}:${id}`, data: { v: value }, tags, ttl: TTL_SECONDS })
      })
    )
  }
  return found
}

/** What cards show of these records: their tags, for clearing after an edit. */
export function musicTags(records: { artists?: { id: string }[]; albums?: { id: string }[]; genres?: { id: string }[] }) {
  return [
    ...(records.artists ?? []).map((a) => `Artist:${a.id}`),
    ...(records.albums ?? []).map((a) => albumTag(a.id)),
    ...(records.genres ?? []).map((g) => `Genre:${g.id}`),
  ]
}

/** Forgets every cached card that shows one of these tags, on every server. */
export async function clearCacheTags(scope: MedusaContainer, tags: string[]) {
  const cache = caching(scope)
  if (!cache || !tags.length) return
  await cache.clear({ tags })
}

/** Forgets what is cached of these albums (and their tracks), on every server. */
export async function clearCatalogueCache(scope: MedusaContainer, albumIds: string[]) {
  const cache = caching(scope)
  if (!cache || !albumIds.length) return
  await cache.clear({ tags: albumIds.map(albumTag) })
}
