import "server-only"
import { cache } from "react"
import type { Album, AlbumPage, AlbumSummary, RelatedAlbum } from "@/types/album"
import { albumSummary, money, track, type ApiAlbum, type ApiAlbumSummary } from "../util/music-api"
import { getRegionId } from "./regions"
import { CATALOGUE_REVALIDATE, storeGet, storeGetOrNull } from "./store-fetch"

export const ALBUMS_PER_PAGE = 24

type AlbumList = { albums: ApiAlbumSummary[]; count: number; offset: number; limit: number }

/**
 * One page of the catalogue by title, or of the albums with tracks in one
 * genre, priced in the store's region. Pages count from 1.
 */
export async function listAlbums(page: number, { genreId }: { genreId?: string } = {}): Promise<AlbumPage> {
  const { albums, count } = await storeGet<AlbumList>("/store/music/albums", {
    query: {
      genre_id: genreId,
      order: "title",
      limit: ALBUMS_PER_PAGE,
      offset: (page - 1) * ALBUMS_PER_PAGE,
      region_id: await getRegionId(),
    },
    revalidate: CATALOGUE_REVALIDATE,
  })
  return {
    albums: albums.map(albumSummary),
    count,
    page,
    pageSize: ALBUMS_PER_PAGE,
    pageCount: Math.max(1, Math.ceil(count / ALBUMS_PER_PAGE)),
  }
}

/** The albums added to the catalogue last, newest first. */
export async function listNewAlbums(limit: number): Promise<AlbumSummary[]> {
  const { albums } = await storeGet<AlbumList>("/store/music/albums", {
    query: { order: "-created_at", limit, region_id: await getRegionId() },
    revalidate: CATALOGUE_REVALIDATE,
  })
  return albums.map(albumSummary)
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
      { query: { limit, region_id: await getRegionId() }, revalidate: CATALOGUE_REVALIDATE }
    )
    const related = (res?.albums ?? []).map((a) => ({ ...albumSummary(a), reason: a.reason }))
    return related
  } catch (e) {
    // Suggestions are a bonus: the album page stands without them.
    console.error(`Related albums of ${handle}:`, e)
    return []
  }
}
