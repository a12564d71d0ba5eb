import "server-only"
import { cache } from "react"
import type { ArtistRef, GenreRef } from "@/types/album"
import type { Artist, Charts, Genre, Playlist, PlaylistSummary, SearchResults } from "@/types/music"
import {
  albumSummary,
  artistRef,
  playable,
  type ApiAlbumSummary,
  type ApiArtist,
  type ApiTrackWithAlbum,
} from "../util/music-api"
import { withOffers } from "./albums"
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

/** A genre with the albums that have tracks in it, or null for an unknown id. */
export const getGenre = cache(async (id: string): Promise<Genre | null> => {
  const res = await storeGetOrNull<{ genre: GenreRef & { albums: ApiAlbumSummary[] } }>(
    `/store/music/genres/${encodeURIComponent(id)}`,
    { revalidate: CATALOGUE_REVALIDATE }
  )
  if (!res) return null
  return { id: res.genre.id, name: res.genre.name, albums: res.genre.albums.map(albumSummary) }
})

/** An artist with their albums, or null for an unknown id. */
export const getArtist = cache(async (id: string): Promise<Artist | null> => {
  const res = await storeGetOrNull<{ artist: ApiArtist & { albums: ApiAlbumSummary[] } }>(
    `/store/music/artists/${encodeURIComponent(id)}`,
    { revalidate: CATALOGUE_REVALIDATE }
  )
  if (!res) return null
  const artist = { id: res.artist.id, name: res.artist.name }
  return {
    ...artist,
    albums: await withOffers(res.artist.albums.map((a) => ({ ...albumSummary(a), artist }))),
  }
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
    playlist: PlaylistSummary & Page & { tracks: (ApiTrackWithAlbum & { position: number })[] }
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
    tracks: p.tracks
      .filter((t) => t.id)
      .map((t) => ({ ...playable(t), position: t.position, composer: t.composer || null })),
    count: p.count,
    page,
    pageSize: PLAYLIST_TRACKS_PER_PAGE,
    pageCount: Math.max(1, Math.ceil(p.count / PLAYLIST_TRACKS_PER_PAGE)),
  }
})

type ApiCharts = {
  days: number | null
  genre_id: string | null
  albums: (ApiAlbumSummary & { rank: number; units: number })[]
  tracks: (ApiTrackWithAlbum & { rank: number; units: number })[]
}

/**
 * Best sellers by units sold, over the last `days` days or all time, in one
 * genre or all. Null when the store has no charts (the route is missing).
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
      query: { genre_id: genreId, days, limit },
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
    albums: await withOffers(res.albums.map((a) => ({ ...albumSummary(a), rank: a.rank, units: a.units }))),
    tracks: res.tracks.map((t) => ({
      ...playable(t),
      rank: t.rank,
      units: t.units,
      artistId: t.artist?.id ?? null,
    })),
  }
}

type ApiSearch = {
  q: string
  artists: ApiArtist[]
  albums: ApiAlbumSummary[]
  tracks: ApiTrackWithAlbum[]
}

/**
 * Artists, albums and tracks matching `q`, best first: typo, accent and
 * prefix tolerant. Never cached: every query is new.
 */
export async function search(q: string, limit = 5): Promise<SearchResults> {
  let res: ApiSearch
  try {
    res = await storeGet<ApiSearch>("/store/music/search", { query: { q, limit }, revalidate: 0 })
  } catch (e) {
    if (!isStatus(e, 404)) throw e
    res = await plainSearch(q, limit)
  }
  return {
    q: res.q ?? q,
    artists: res.artists.map(artistRef).filter((a): a is ArtistRef => a !== null),
    albums: res.albums.map(albumSummary),
    tracks: res.tracks.map((t) => ({ ...playable(t), artistId: t.artist?.id ?? null })),
  }
}

/** Substring search on names and titles, for a backend without /store/music/search. */
async function plainSearch(q: string, limit: number): Promise<ApiSearch> {
  const [artists, albums] = await Promise.all([
    storeGet<{ artists: ApiArtist[] }>("/store/music/artists", { query: { q, limit }, revalidate: 0 }),
    storeGet<{ albums: ApiAlbumSummary[] }>("/store/music/albums", { query: { q, limit }, revalidate: 0 }),
  ])
  return { q, artists: artists.artists, albums: albums.albums, tracks: [] }
}
