// The shapes of the /store/music routes, and their conversion into the
// storefront's own types (camelCase, nulls where the API may leave a field out).
import type { AlbumSummary, ArtistRef, GenreRef, Money, Track } from "@/types/album"
import type { PlayableTrack } from "@/types/music"

export type ApiArtist = { id: string; name: string }
export type ApiMoney = { amount: number | string; currency_code: string } | null
export type ApiAlbumSummary = {
  id: string
  title: string
  cover_url?: string | null
  /** Nested on album routes; flat on search, charts and related. */
  product?: { id?: string; handle?: string | null } | null
  handle?: string | null
  artist?: ApiArtist | null
  /** On shelves (lists, genre, artist, charts, related, priced search). */
  track_count?: number
  /** The full album's price; given only when the request named a region. */
  price?: ApiMoney
}
export type ApiTrack = {
  id: string
  name: string
  track_number?: number
  milliseconds?: number
  composer?: string | null
  genre?: GenreRef | null
  media_type?: { name: string } | null
  variant_id?: string | null
  price?: ApiMoney
}
export type ApiAlbum = ApiAlbumSummary & {
  tracks?: ApiTrack[]
  full_album?: { variant_id: string; price: ApiMoney } | null
}
/** A track with its album, as search, charts and playlists give it. */
export type ApiTrackWithAlbum = {
  id: string
  name: string
  milliseconds?: number
  composer?: string | null
  album?: (ApiAlbumSummary & { artist?: { id?: string; name: string } | null }) | null
  artist?: ApiArtist | null
}

export function money(m: ApiMoney | undefined): Money | null {
  if (!m || m.amount == null || !m.currency_code) return null
  return { amount: Number(m.amount), currencyCode: m.currency_code }
}

export function artistRef(a: ApiArtist | null | undefined): ArtistRef | null {
  return a?.id && a.name ? { id: a.id, name: a.name } : null
}

/** The album's product handle, wherever the route put it; the album id if it has no product yet. */
export function handleOf(a: ApiAlbumSummary): string {
  return a.handle || a.product?.handle || a.id
}

export function albumSummary(a: ApiAlbumSummary): AlbumSummary {
  return {
    id: a.id,
    handle: handleOf(a),
    title: a.title || "Untitled",
    coverUrl: a.cover_url || null,
    artist: artistRef(a.artist),
    ...(a.price !== undefined ? { price: money(a.price) } : {}),
    ...(a.track_count !== undefined ? { trackCount: a.track_count } : {}),
  }
}

export function track(t: ApiTrack, index: number): Track {
  return {
    id: t.id,
    variantId: t.variant_id ?? null,
    number: t.track_number ?? index + 1,
    title: t.name,
    durationMs: t.milliseconds ?? 0,
    composer: t.composer || null,
    genre: t.genre?.id ? { id: t.genre.id, name: t.genre.name } : null,
    mediaType: t.media_type?.name ?? null,
    price: money(t.price),
  }
}

export function playable(t: ApiTrackWithAlbum): PlayableTrack {
  const album = t.album ?? null
  return {
    id: t.id,
    title: t.name,
    durationMs: t.milliseconds ?? 0,
    artist: t.artist?.name ?? album?.artist?.name ?? null,
    albumTitle: album?.title ?? null,
    albumHandle: album ? handleOf(album) : null,
    coverUrl: album?.cover_url || null,
  }
}

/** The tracks of an album as the player queues them. */
export function albumQueue(album: AlbumSummary & { tracks: Track[] }): PlayableTrack[] {
  return album.tracks.map((t) => ({
    id: t.id,
    title: t.title,
    durationMs: t.durationMs,
    artist: album.artist?.name ?? null,
    albumTitle: album.title,
    albumHandle: album.handle,
    coverUrl: album.coverUrl,
  }))
}
