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
    { query: { region_id: await getRegionId() }, revalidate: CATALOGUE_REVALIDATE }
  )
  if (!res) return null
  const artist = { id: res.artist.id, name: res.artist.name }
  return {
    ...artist,
    albums: res.artist.albums.map((a) => ({ ...albumSummary(a), artist })),
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
      .map((t) => ({
        ...playable(t),
        position: t.position,
        composer: t.composer || null,
        artistId: t.album?.artist?.id ?? null,
      })),
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
    albums: res.albums.map((a) => ({ ...albumSummary(a), rank: a.rank, units: a.units })),
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
    artists: res.artists.map(artistRef).filter((a): a is ArtistRef => a !== null),
    albums: res.albums.map(albumSummary),
    tracks: res.tracks.map((t) => ({ ...playable(t), artistId: t.artist?.id ?? null })),
  }
}
