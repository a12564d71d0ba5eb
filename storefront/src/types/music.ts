import type { AlbumSummary, ArtistRef, GenreRef } from "./album"

export type Genre = GenreRef & {
  albums: AlbumSummary[]
}

export type Artist = ArtistRef & {
  albums: AlbumSummary[]
}

/**
 * A track as the mini player needs it: enough to show what is playing and
 * to link back to its album. Plain data, so it can cross to the client.
 */
export type PlayableTrack = {
  id: string
  title: string
  durationMs: number
  artist: string | null
  albumTitle: string | null
  albumHandle: string | null
  coverUrl: string | null
}

export type PlaylistSummary = {
  id: string
  name: string
  description: string | null
}

export type PlaylistTrack = PlayableTrack & {
  position: number
  composer: string | null
  artistId: string | null
}

export type Playlist = PlaylistSummary & {
  tracks: PlaylistTrack[]
  count: number
  page: number
  pageSize: number
  pageCount: number
}

export type ChartAlbum = AlbumSummary & { rank: number; units: number }
export type ChartTrack = PlayableTrack & { rank: number; units: number; artistId: string | null }

export type Charts = {
  days: number | null
  genreId: string | null
  albums: ChartAlbum[]
  tracks: ChartTrack[]
}

export type SearchTrack = PlayableTrack & { artistId: string | null }

export type SearchResults = {
  q: string
  artists: ArtistRef[]
  albums: AlbumSummary[]
  tracks: SearchTrack[]
}
