import type { AlbumCard, AlbumPage, ArtistRef, GenreRef, TrackCard } from "./album"

/** A genre's page: the genre and a page of its albums. */
export type GenrePage = {
  genre: GenreRef
  albums: AlbumPage
}

/** An artist's page: the artist and a page of their albums. */
export type ArtistPage = {
  artist: ArtistRef
  albums: AlbumPage
}

/**
 * What the mini player needs of a track: enough to show what is playing and
 * to link back to its album. Any track card is one.
 */
export type PlayableTrack = Pick<TrackCard, "id" | "title" | "durationMs" | "album" | "artist"> & Partial<Pick<TrackCard, "preview">>

export type PlaylistSummary = {
  id: string
  name: string
  description: string | null
}

export type PlaylistTrack = TrackCard & { position: number }

export type Playlist = PlaylistSummary & {
  tracks: PlaylistTrack[]
  count: number
  page: number
  pageSize: number
  pageCount: number
}

export type ChartAlbum = AlbumCard & { rank: number; units: number }
export type ChartTrack = TrackCard & { rank: number; units: number }

export type Charts = {
  days: number | null
  genreId: string | null
  albums: ChartAlbum[]
  tracks: ChartTrack[]
}

export type SearchResults = {
  q: string
  artists: ArtistRef[]
  albums: AlbumCard[]
  tracks: TrackCard[]
}
