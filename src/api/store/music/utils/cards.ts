import type { MedusaContainer } from "@medusajs/framework/types"
import { albumTag, cachedMany } from "../../../../lib/catalogue-cache"
import { musicService } from "./music-service"
import { pricesOf, type Money, type MusicPricingContext } from "./pricing"

/*
 * The one shape of an album and of a track in every store response (lists,
 * pages, search, charts, related, playlists). What they hold besides prices
 * comes from the music module's read model through the Caching Module,
 * invalidated when staff change it; prices are worked out per request in the
 * customer's context; and anything not visible
 * in the request's sales channels is dropped here, whatever asked for it.
 */

export type AlbumCard = {
  id: string
  title: string
  handle: string | null
  cover_url: string | null
  artist: { id: string; name: string }
  track_count: number
  price: Money | null
}

export type TrackCard = {
  id: string
  name: string
  track_number: number
  milliseconds: number
  composer: string | null
  genre: { id: string; name: string } | null
  media_type: { id: string; name: string } | null
  variant_id: string | null
  price: Money | null
  album: { id: string; title: string; handle: string | null; cover_url: string | null }
  artist: { id: string; name: string }
  /** "excerpt" when the preview is cut from the uploaded master, "generated" for a demo clip made without one. */
  preview: "excerpt" | "generated"
}

export type CardContext = {
  /** The publishable key's sales channels: only what is published in one of them is shown. */
  channels: string[]
  /** Prices only with a region; `price` is null without one. */
  pricing?: MusicPricingContext
}

type AlbumBase = Omit<AlbumCard, "price"> & {
  sales_channel_ids: string[]
  full_album: { variant_id: string; price_set_id: string | null } | null
  track_ids: string[]
}
type TrackBase = Omit<TrackCard, "price"> & { sales_channel_ids: string[]; price_set_id: string | null }

const visibleIn = (channels: string[]) => (x: { sales_channel_ids: string[] }) =>
  (x.sales_channel_ids ?? []).some((c) => channels.includes(c))

async function albumBases(scope: MedusaContainer, ids: string[]) {
  return cachedMany<AlbumBase>(scope, "music:album", ids, async (missing) => {
    const rows = await musicService(scope).listAlbumCardRows(missing)
    return new Map(
      rows.map((a) => {
        const base: AlbumBase = {
          id: a.id,
          title: a.title,
          handle: a.product_handle,
          cover_url: a.cover_url,
          artist: a.artist,
          track_count: a.track_ids.length,
          sales_channel_ids: a.sales_channel_ids ?? [],
          full_album: a.full_variant_id ? { variant_id: a.full_variant_id, price_set_id: a.full_price_set_id } : null,
          track_ids: a.track_ids,
        }
        const tags = [albumTag(a.id), `Artist:${a.artist.id}`, ...(a.product_id ? [`Product:${a.product_id}`] : [])]
        return [a.id, { value: base, tags }]
      })
    )
  })
}

async function trackBases(scope: MedusaContainer, ids: string[]) {
  return cachedMany<TrackBase>(scope, "music:track", ids, async (missing) => {
    const rows = await musicService(scope).listTrackCardRows(missing)
    return new Map(
      rows.map((t) => {
        const base: TrackBase = {
          id: t.id,
          name: t.name,
          track_number: t.track_number,
          milliseconds: t.milliseconds,
          composer: t.composer,
          genre: t.genre,
          media_type: t.media_type,
          variant_id: t.variant_id,
          price_set_id: t.price_set_id,
          album: { id: t.album.id, title: t.album.title, handle: t.album.product_handle, cover_url: t.album.cover_url },
          artist: t.artist,
          preview: t.preview,
          sales_channel_ids: t.sales_channel_ids ?? [],
        }
        const tags = [
          albumTag(t.album.id),
          `Track:${t.id}`,
          `Artist:${t.artist.id}`,
          ...(t.genre ? [`Genre:${t.genre.id}`] : []),
          ...(t.variant_id ? [`ProductVariant:${t.variant_id}`] : []),
          ...(t.album.product_id ? [`Product:${t.album.product_id}`] : []),
        ]
        return [t.id, { value: base, tags }]
      })
    )
  })
}

function albumCardOf({ sales_channel_ids, full_album, track_ids, ...card }: AlbumBase, prices: Map<string, Money>): AlbumCard {
  return { ...card, price: (full_album?.price_set_id && prices.get(full_album.price_set_id)) || null }
}

function trackCardOf({ sales_channel_ids, price_set_id, ...card }: TrackBase, prices: Map<string, Money>): TrackCard {
  return { ...card, price: (price_set_id && prices.get(price_set_id)) || null }
}

/** Album cards for these ids, in the order given; unknown or hidden albums are left out. */
export async function albumCards(scope: MedusaContainer, ids: string[], ctx: CardContext): Promise<AlbumCard[]> {
  if (!ids.length) return []
  const bases = await albumBases(scope, ids)
  const shown = ids.flatMap((id) => (bases.has(id) ? [bases.get(id)!] : [])).filter(visibleIn(ctx.channels))
  const prices = await pricesOf(scope, shown.map((a) => a.full_album?.price_set_id ?? ""), ctx.pricing)
  return shown.map((a) => albumCardOf(a, prices))
}

/** Track cards for these ids, in the order given; unknown or hidden tracks are left out. */
export async function trackCards(scope: MedusaContainer, ids: string[], ctx: CardContext): Promise<TrackCard[]> {
  if (!ids.length) return []
  const bases = await trackBases(scope, ids)
  const shown = ids.flatMap((id) => (bases.has(id) ? [bases.get(id)!] : [])).filter(visibleIn(ctx.channels))
  const prices = await pricesOf(scope, shown.map((t) => t.price_set_id ?? ""), ctx.pricing)
  return shown.map((t) => trackCardOf(t, prices))
}

/**
 * An album page: the album's card, its tracks in running order and the
 * variant that sells it whole, all priced in one call; null when the album is
 * unknown or hidden.
 */
export async function albumPage(scope: MedusaContainer, id: string, ctx: CardContext) {
  const base = (await albumBases(scope, [id])).get(id)
  if (!base || !visibleIn(ctx.channels)(base)) return null
  const tracks = await trackBases(scope, base.track_ids)
  const shownTracks = base.track_ids.flatMap((t) => (tracks.has(t) ? [tracks.get(t)!] : [])).filter(visibleIn(ctx.channels))
  const prices = await pricesOf(
    scope,
    [base.full_album?.price_set_id ?? "", ...shownTracks.map((t) => t.price_set_id ?? "")],
    ctx.pricing
  )
  return {
    ...albumCardOf(base, prices),
    tracks: shownTracks.map((t) => trackCardOf(t, prices)),
    full_album: base.full_album
      ? { variant_id: base.full_album.variant_id, price: (base.full_album.price_set_id && prices.get(base.full_album.price_set_id)) || null }
      : null,
  }
}
