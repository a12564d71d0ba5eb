import "server-only"
import { cache } from "react"
import type { HttpTypes } from "@medusajs/types"
import type { Album, AlbumPage, AlbumSummary, Money, RelatedAlbum } from "@/types/album"
import { albumSummary, money, track, type ApiAlbum, type ApiAlbumSummary } from "../util/music-api"
import { getRegionId } from "./regions"
import { CATALOGUE_REVALIDATE, storeGet, storeGetOrNull } from "./store-fetch"

export const ALBUMS_PER_PAGE = 24

type AlbumList = { albums: ApiAlbumSummary[]; count: number; offset: number; limit: number }

/** One page of the catalogue, ordered by title. Pages count from 1. */
export async function listAlbums(page: number): Promise<AlbumPage> {
  const { albums, count } = await storeGet<AlbumList>("/store/music/albums", {
    query: { order: "title", limit: ALBUMS_PER_PAGE, offset: (page - 1) * ALBUMS_PER_PAGE },
    revalidate: CATALOGUE_REVALIDATE,
  })
  return {
    albums: await withOffers(albums.map(albumSummary)),
    count,
    page,
    pageSize: ALBUMS_PER_PAGE,
    pageCount: Math.max(1, Math.ceil(count / ALBUMS_PER_PAGE)),
  }
}

/** The albums added to the catalogue last, newest first. */
export async function listNewAlbums(limit: number): Promise<AlbumSummary[]> {
  const { albums } = await storeGet<AlbumList>("/store/music/albums", {
    query: { order: "-created_at", limit },
    revalidate: CATALOGUE_REVALIDATE,
  })
  return withOffers(albums.map(albumSummary))
}

/** The album sold under this product handle, with region prices, or null if there is none. */
export const getAlbumByHandle = cache(async (handle: string): Promise<Album | null> => {
  const regionId = await getRegionId()
  const res = await storeGetOrNull<{ album: ApiAlbum }>(`/store/music/albums/${encodeURIComponent(handle)}`, {
    query: { region_id: regionId },
    revalidate: CATALOGUE_REVALIDATE,
  })
  if (!res) return null
  const { album } = res
  const tracks = (album.tracks ?? []).map(track).sort((a, b) => a.number - b.number || a.title.localeCompare(b.title))
  return {
    ...albumSummary(album),
    price: money(album.full_album?.price),
    fullAlbumVariantId: album.full_album?.variant_id ?? null,
    trackCount: tracks.length,
    tracks,
  }
})

/**
 * Albums to suggest next to this one: bought together, same artist, same
 * genre. Empty when the backend has none (or no such route yet).
 */
export async function listRelatedAlbums(handle: string, limit = 8): Promise<RelatedAlbum[]> {
  try {
    const res = await storeGetOrNull<{ albums: (ApiAlbumSummary & { reason: RelatedAlbum["reason"] })[] }>(
      `/store/music/albums/${encodeURIComponent(handle)}/related`,
      { query: { limit }, revalidate: CATALOGUE_REVALIDATE }
    )
    const related = (res?.albums ?? []).map((a) => ({ ...albumSummary(a), reason: a.reason }))
    return withOffers(related)
  } catch (e) {
    // Suggestions are a bonus: the album page stands without them.
    console.error(`Related albums of ${handle}:`, e)
    return []
  }
}

/**
 * Adds the full-album price in the store's region and the track count to
 * albums in a list, read from the products that sell them: one Store API
 * call for the whole list.
 */
export async function withOffers<T extends AlbumSummary>(albums: T[]): Promise<T[]> {
  const handles = [...new Set(albums.map((a) => a.handle))]
  if (!handles.length) return albums
  const regionId = await getRegionId()
  const { products } = await storeGet<{ products: HttpTypes.StoreProduct[] }>("/store/products", {
    query: {
      region_id: regionId,
      fields: "handle,variants.id,variants.title,variants.variant_rank,*variants.calculated_price",
      limit: handles.length,
      handle: handles,
    },
    revalidate: CATALOGUE_REVALIDATE,
  })
  const offers = new Map(products.map((p) => [p.handle, offerOf(p)]))
  return albums.map((a) => {
    const offer = offers.get(a.handle)
    return offer ? { ...a, ...offer } : a
  })
}

/** The title of the variant that sells the whole album; it is ranked 0. */
export const FULL_ALBUM_TITLE = "Full album"

function offerOf(product: HttpTypes.StoreProduct): { price: Money | null; trackCount: number } {
  const variants = product.variants ?? []
  const full = variants.find((v) => v.variant_rank === 0 || v.title === FULL_ALBUM_TITLE)
  const p = full?.calculated_price
  return {
    price: p?.calculated_amount != null && p.currency_code ? money({ amount: p.calculated_amount, currency_code: p.currency_code }) : null,
    trackCount: variants.length - (full ? 1 : 0),
  }
}

/** One page of the albums with tracks in a genre, by title. Pages count from 1. */
export async function listAlbumsInGenre(genreId: string, page: number): Promise<AlbumPage> {
  const { albums, count } = await storeGet<AlbumList>("/store/music/albums", {
    query: { genre_id: genreId, order: "title", limit: ALBUMS_PER_PAGE, offset: (page - 1) * ALBUMS_PER_PAGE },
    revalidate: CATALOGUE_REVALIDATE,
  })
  return {
    albums: await withOffers(albums.map(albumSummary)),
    count,
    page,
    pageSize: ALBUMS_PER_PAGE,
    pageCount: Math.max(1, Math.ceil(count / ALBUMS_PER_PAGE)),
  }
}
