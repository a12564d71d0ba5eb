import "server-only"
import { cache } from "react"
import type { Album, AlbumCard, AlbumPage, RelatedAlbum } from "@/types/album"
import { albumCard, money, trackCard, type ApiAlbum, type ApiAlbumCard } from "../util/music-api"
import { getRegionId } from "./regions"
import { CATALOGUE_REVALIDATE, storeGet, storeGetOrNull } from "./store-fetch"

/** Albums on a page of any album list: the catalogue, a genre, an artist. */
export const ALBUMS_PER_PAGE = 24

/** An answer of a route that pages albums: /albums, /genres/:id, /artists/:id. */
export type ApiAlbumList = { albums: ApiAlbumCard[]; count: number; offset: number; limit: number }

/** The query that asks such a route for page `page` (from 1), priced in the store's region. */
export async function albumPageQuery(page: number) {
  return { limit: ALBUMS_PER_PAGE, offset: (page - 1) * ALBUMS_PER_PAGE, region_id: await getRegionId() }
}

export function albumPage(res: ApiAlbumList, page: number): AlbumPage {
  return {
    albums: res.albums.map(albumCard),
    count: res.count,
    page,
    pageSize: ALBUMS_PER_PAGE,
    pageCount: Math.max(1, Math.ceil(res.count / ALBUMS_PER_PAGE)),
  }
}

/** One page of the whole catalogue by title, priced in the store's region. Pages count from 1. */
export async function listAlbums(page: number): Promise<AlbumPage> {
  const res = await storeGet<ApiAlbumList>("/store/music/albums", {
    query: { order: "title", ...(await albumPageQuery(page)) },
    revalidate: CATALOGUE_REVALIDATE,
  })
  return albumPage(res, page)
}

/** The albums added to the catalogue last, newest first. */
export async function listNewAlbums(limit: number): Promise<AlbumCard[]> {
  const { albums } = await storeGet<ApiAlbumList>("/store/music/albums", {
    query: { order: "-created_at", limit, region_id: await getRegionId() },
    revalidate: CATALOGUE_REVALIDATE,
  })
  return albums.map(albumCard)
}

/** The album sold under this product handle, with region prices, or null if there is none. */
export const getAlbumByHandle = cache(async (handle: string): Promise<Album | null> => {
  const res = await storeGetOrNull<{ album: ApiAlbum }>(`/store/music/albums/${encodeURIComponent(handle)}`, {
    query: { region_id: await getRegionId() },
    revalidate: CATALOGUE_REVALIDATE,
  })
  if (!res) return null
  const { album } = res
  return {
    ...albumCard(album),
    tracks: album.tracks.map(trackCard),
    fullAlbum: album.full_album && { variantId: album.full_album.variant_id, price: money(album.full_album.price) },
  }
})

/**
 * Albums to suggest next to this one: bought together, same artist, same
 * genre. Empty when the backend has none.
 */
export async function listRelatedAlbums(handle: string, limit = 8): Promise<RelatedAlbum[]> {
  try {
    const res = await storeGetOrNull<{ albums: (ApiAlbumCard & { reason: RelatedAlbum["reason"] })[] }>(
      `/store/music/albums/${encodeURIComponent(handle)}/related`,
      { query: { limit, region_id: await getRegionId() }, revalidate: CATALOGUE_REVALIDATE }
    )
    return (res?.albums ?? []).map((a) => ({ ...albumCard(a), reason: a.reason }))
  } catch (e) {
    // Suggestions are a bonus: the album page stands without them.
    console.error(`Related albums of ${handle}:`, e)
    return []
  }
}
