import "server-only"
import { cache } from "react"
import type { ArtistRef, GenreRef } from "@/types/album"
import type { ArtistPage, Charts, GenrePage, Playlist, PlaylistSummary, SearchResults } from "@/types/music"
import { albumCard, trackCard, type ApiAlbumCard, type ApiTrackCard } from "../util/music-api"
import { albumPage, albumPageQuery, type ApiAlbumList } from "./albums"
import { getRegionId } from "./regions"
import { CATALOGUE_REVALIDATE, CHARTS_REVALIDATE, isStatus, storeGet, storeGetOrNull } from "./store-fetch"

type Page = { count: number; offset: number; limit: number }

/** Every genre, by name. */
export const listGenres = cache(async (): Promise<GenreRef[]> => {
  const { genres } = await storeGet<{ genres: GenreRef[] } & Page>("/store/music/genres", {
    query: { limit: 100 },
    revalidate: CATALOGUE_REVALIDATE,
  })
  return [...genres].sort((a, b) => a.name.localeCompare(b.name))
})

/** A genre and a page (from 1) of the albums with tracks in it, by title; null for an unknown id. */
export const getGenre = cache(async (id: string, page: number): Promise<GenrePage | null> => {
  const res = await storeGetOrNull<{ genre: GenreRef } & ApiAlbumList>(`/store/music/genres/${encodeURIComponent(id)}`, {
    query: await albumPageQuery(page),
    revalidate: CATALOGUE_REVALIDATE,
  })
  if (!res) return null
  return { genre: { id: res.genre.id, name: res.genre.name }, albums: albumPage(res, page) }
})

/** An artist and a page (from 1) of their albums, by title; null for an unknown id or an artist with nothing on sale. */
export const getArtist = cache(async (id: string, page: number): Promise<ArtistPage | null> => {
  const res = await storeGetOrNull<{ artist: ArtistRef } & ApiAlbumList>(`/store/music/artists/${encodeURIComponent(id)}`, {
    query: await albumPageQuery(page),
    revalidate: CATALOGUE_REVALIDATE,
  })
  if (!res) return null
  return { artist: { id: res.artist.id, name: res.artist.name }, albums: albumPage(res, page) }
})

export const PLAYLIST_TRACKS_PER_PAGE = 50

/** The editorial playlists. */
export async function listPlaylists(): Promise<PlaylistSummary[]> {
  const { playlists } = await storeGet<{ playlists: PlaylistSummary[] } & Page>("/store/music/playlists", {
    query: { limit: 100 },
    revalidate: CATALOGUE_REVALIDATE,
  })
  return playlists.map((p) => ({ id: p.id, name: p.name, description: p.description || null }))
}

/** A page of an editorial playlist's tracks (pages count from 1), or null for an unknown id. */
export const getPlaylist = cache(async (id: string, page: number): Promise<Playlist | null> => {
  const res = await storeGetOrNull<{
    playlist: PlaylistSummary & Page & { tracks: (ApiTrackCard & { position: number })[] }
  }>(`/store/music/playlists/${encodeURIComponent(id)}`, {
    query: { limit: PLAYLIST_TRACKS_PER_PAGE, offset: (page - 1) * PLAYLIST_TRACKS_PER_PAGE },
    revalidate: CATALOGUE_REVALIDATE,
  })
  if (!res) return null
  const p = res.playlist
  return {
    id: p.id,
    name: p.name,
    description: p.description || null,
    tracks: p.tracks.map((t) => ({ ...trackCard(t), position: t.position })),
    count: p.count,
    page,
    pageSize: PLAYLIST_TRACKS_PER_PAGE,
    pageCount: Math.max(1, Math.ceil(p.count / PLAYLIST_TRACKS_PER_PAGE)),
  }
})

type ApiCharts = {
  days: number | null
  genre_id: string | null
  albums: (ApiAlbumCard & { rank: number; units: number })[]
  tracks: (ApiTrackCard & { rank: number; units: number })[]
}

/**
 * Best sellers by units sold, over the last `days` days or all time, in one
 * genre or all. Null for a genre the store does not know.
 */
export async function getCharts({
  genreId,
  days,
  limit = 10,
}: {
  genreId?: string
  days?: number
  limit?: number
}): Promise<Charts | null> {
  let res: ApiCharts
  try {
    res = await storeGet<ApiCharts>("/store/music/charts", {
      query: { genre_id: genreId, days, limit, region_id: await getRegionId() },
      revalidate: CHARTS_REVALIDATE,
      tags: ["charts"],
    })
  } catch (e) {
    if (isStatus(e, 404)) return null
    throw e
  }
  return {
    days: res.days ?? null,
    genreId: res.genre_id ?? null,
    albums: res.albums.map((a) => ({ ...albumCard(a), rank: a.rank, units: a.units })),
    tracks: res.tracks.map((t) => ({ ...trackCard(t), rank: t.rank, units: t.units })),
  }
}

type ApiSearch = {
  q: string
  artists: ArtistRef[]
  albums: ApiAlbumCard[]
  tracks: ApiTrackCard[]
}

/**
 * Artists, albums and tracks matching `q`, best first: typo, accent and
 * prefix tolerant. Never cached: every query is new. A results page asks for
 * album prices (`priced`); suggestions as you type do without.
 */
export async function search(q: string, limit = 5, { priced = false } = {}): Promise<SearchResults> {
  const res = await storeGet<ApiSearch>("/store/music/search", {
    query: { q, limit, region_id: priced ? await getRegionId() : undefined },
    revalidate: 0,
  })
  return {
    q: res.q ?? q,
    artists: res.artists.map((a) => ({ id: a.id, name: a.name })),
    albums: res.albums.map(albumCard),
    tracks: res.tracks.map(trackCard),
  }
}
