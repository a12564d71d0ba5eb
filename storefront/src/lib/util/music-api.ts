// The album and track cards of the /store/music routes, and the one place each
// becomes the storefront's own type. Every route answers in these shapes;
// routes that rank or explain add their fields beside them.
import type { AlbumCard, Money, TrackCard } from "@/types/album"

export type ApiMoney = { amount: number; currency_code: string }
type Ref = { id: string; name: string }

export type ApiAlbumCard = {
  id: string
  title: string
  /** The product handle; null only for an album without a product, which the store does not show. */
  handle: string | null
  cover_url: string | null
  artist: Ref
  track_count: number
  /** Null unless the request named a region that prices the album. */
  price: ApiMoney | null
}

export type ApiTrackCard = {
  id: string
  name: string
  track_number: number
  milliseconds: number
  composer: string | null
  genre: Ref | null
  media_type: Ref | null
  variant_id: string | null
  price: ApiMoney | null
  album: { id: string; title: string; handle: string | null; cover_url: string | null }
  artist: Ref
  preview: "excerpt" | "generated"
}

export type ApiAlbum = ApiAlbumCard & {
  tracks: ApiTrackCard[]
  full_album: { variant_id: string; price: ApiMoney | null } | null
}

export function money(m: ApiMoney | null): Money | null {
  return m ? { amount: Number(m.amount), currencyCode: m.currency_code } : null
}

/** The album page answers to an album id as to a handle. */
const urlKey = (album: { id: string; handle: string | null }) => album.handle ?? album.id

export function albumCard(a: ApiAlbumCard): AlbumCard {
  return {
    id: a.id,
    handle: urlKey(a),
    title: a.title,
    coverUrl: a.cover_url,
    artist: { id: a.artist.id, name: a.artist.name },
    trackCount: a.track_count,
    price: money(a.price),
  }
}

export function trackCard(t: ApiTrackCard): TrackCard {
  return {
    id: t.id,
    title: t.name,
    number: t.track_number,
    durationMs: t.milliseconds,
    composer: t.composer || null,
    genre: t.genre && { id: t.genre.id, name: t.genre.name },
    mediaType: t.media_type && { id: t.media_type.id, name: t.media_type.name },
    variantId: t.variant_id,
    price: money(t.price),
    album: { id: t.album.id, title: t.album.title, handle: urlKey(t.album), coverUrl: t.album.cover_url },
    artist: { id: t.artist.id, name: t.artist.name },
    preview: t.preview === "excerpt" ? "excerpt" : "generated",
  }
}
