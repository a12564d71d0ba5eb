import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import AlbumProductLink from "../../../links/album-product"
import TrackVariantLink from "../../../links/track-variant"
import { isFullAlbumVariant } from "../../../modules/music/utils/full-album"
import type { OwnedTrackInput, SaleLineInput } from "../../../modules/ownership/service"
import { amountOf } from "../../orders/utils/order-amount"
import type { OrderReversalFacts } from "./reversal-plan"

export const ORDER_SALE_FIELDS = [
  "id", "status", "created_at", "canceled_at", "currency_code", "customer_id", "total",
  "items.id", "items.variant_id", "items.product_id", "items.variant_sku", "items.quantity", "items.total",
  "billing_address.country_code", "shipping_address.country_code",
  "customer.addresses.country_code", "customer.employee.id",
  "payment_collections.payments.refunds.amount", "payment_collections.payments.refunds.created_at",
]

export type OrderSales = {
  owned: OwnedTrackInput[]
  sales: SaleLineInput[]
  /** Orders with music lines, and what was taken back from each. */
  orders: OrderReversalFacts[]
}

type Sold =
  | { kind: "track"; track_id: string; album_id: string | null }
  | { kind: "album"; album_id: string }

/** A catalogue id by its prefix, for a line whose variant is gone. */
const bySku = (sku: string | null | undefined): Sold | null =>
  sku?.startsWith("trk_") ? { kind: "track", track_id: sku, album_id: null } : sku?.startsWith("alb_") ? { kind: "album", album_id: sku } : null

/** The most common value (ties: the first met), for an album's genre and media type. */
function mostCommon(values: (string | null | undefined)[]): string | null {
  const counts = new Map<string, number>()
  for (const v of values) if (v) counts.set(v, (counts.get(v) ?? 0) + 1)
  let best: string | null = null
  for (const [v, n] of counts) if (best === null || n > counts.get(best)!) best = v
  return best
}

export function refundFacts(order: any): OrderReversalFacts {
  const refunds = (order.payment_collections ?? [])
    .flatMap((pc: any) => pc?.payments ?? [])
    .flatMap((p: any) => p?.refunds ?? [])
    .filter(Boolean)
  const refundedCents = refunds.reduce((s: number, r: any) => s + Math.round(amountOf(r.amount) * 100), 0)
  const latest = refunds.map((r: any) => new Date(r.created_at).getTime()).filter(Number.isFinite).sort().pop()
  return {
    order_id: order.id,
    canceled: order.status === "canceled" || !!order.canceled_at,
    canceled_at: order.canceled_at ?? null,
    refunded: refundedCents / 100,
    refunded_at: latest ? new Date(latest) : null,
  }
}

/**
 * What these orders sold, as grants (every track of an album line) and
 * ledger rows, read through Query: a line's variant leads to its track
 * (track-variant link) or, for the full-album variant (recognised by its
 * SKU, see full-album.ts), through its product to its album (album-product
 * link). A line whose product and variant were deleted since is known by
 * its SKU (a track's or album's id). Lines that sell no music (a plain
 * product) are left out.
 */
export async function readOrderSales(container: MedusaContainer, orderIds: string[]): Promise<OrderSales> {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data: orders } = await query.graph({ entity: "order", fields: ORDER_SALE_FIELDS, filters: { id: orderIds } })
  const placed = orders.filter((o: any) => o.status !== "draft")
  const items = placed.flatMap((o: any) => (o.items ?? []).filter(Boolean))

  // Through the link tables alone (one small read each), not the product module.
  const variantIds = [...new Set(items.map((i: any) => i.variant_id).filter(Boolean))] as string[]
  const productIds = [...new Set(items.map((i: any) => i.product_id).filter(Boolean))] as string[]
  const [{ data: trackLinks }, { data: albumLinks }, { data: wholeAlbums }] = await Promise.all([
    variantIds.length
      ? query.graph({ entity: TrackVariantLink.entryPoint, fields: ["track_id", "product_variant_id"], filters: { product_variant_id: variantIds } })
      : { data: [] as any[] },
    productIds.length
      ? query.graph({ entity: AlbumProductLink.entryPoint, fields: ["album_id", "product_id"], filters: { product_id: productIds } })
      : { data: [] as any[] },
    // The store's read model knows which variant sells each album whole,
    // whatever SKU the line was given.
    variantIds.length
      ? query.graph({ entity: "album", fields: ["id", "full_variant_id"], filters: { full_variant_id: variantIds } as any })
      : { data: [] as any[] },
  ])
  const trackOfVariant = new Map<string, string>(trackLinks.map((l: any): [string, string] => [l.product_variant_id, l.track_id]))
  const albumOfProduct = new Map<string, string>(albumLinks.map((l: any): [string, string] => [l.product_id, l.album_id]))
  const albumOfVariant = new Map<string, string>(wholeAlbums.map((a: any): [string, string] => [a.full_variant_id, a.id]))

  const soldOf = (item: any): Sold | null => {
    const trackId = trackOfVariant.get(item.variant_id)
    if (trackId) return { kind: "track", track_id: trackId, album_id: null }
    const wholeAlbum = albumOfVariant.get(item.variant_id)
    if (wholeAlbum) return { kind: "album", album_id: wholeAlbum }
    const albumId = albumOfProduct.get(item.product_id)
    // The line keeps the SKU it was sold under: the full-album variant's is the album's id.
    if (albumId && isFullAlbumVariant({ sku: item.variant_sku }, albumId)) return { kind: "album", album_id: albumId }
    return bySku(item.variant_sku)
  }
  const soldBy = new Map<string, Sold>()
  for (const item of items) {
    const sold = soldOf(item)
    if (sold) soldBy.set(item.id, sold)
  }

  const trackIds = [...new Set([...soldBy.values()].flatMap((s) => (s.kind === "track" ? [s.track_id] : [])))]
  const { data: tracks } = trackIds.length
    ? await query.graph({ entity: "track", fields: ["id", "album_id", "genre_id", "media_type_id", "album.artist_id"], filters: { id: trackIds } })
    : { data: [] as any[] }
  const trackBy = new Map<string, any>(tracks.map((t: any): [string, any] => [t.id, t]))
  const albumIds = [...new Set([...soldBy.values()].flatMap((s) => (s.kind === "album" ? [s.album_id] : [])))]
  const { data: albums } = albumIds.length
    ? await query.graph({
        entity: "album",
        fields: ["id", "artist_id", "tracks.id", "tracks.track_number", "tracks.genre_id", "tracks.media_type_id"],
        filters: { id: albumIds },
      })
    : { data: [] as any[] }
  const albumBy = new Map<string, any>(albums.map((a: any): [string, any] => [a.id, a]))

  const result: OrderSales = { owned: [], sales: [], orders: [] }
  for (const order of placed as any[]) {
    const country =
      order.billing_address?.country_code ??
      order.shipping_address?.country_code ??
      (order.customer?.addresses ?? []).find((a: any) => a?.country_code)?.country_code ??
      null
    let music = false
    for (const item of (order.items ?? []).filter(Boolean)) {
      const sold = soldBy.get(item.id)
      if (!sold) continue
      const base = {
        order_id: order.id,
        line_item_id: item.id,
        customer_id: order.customer_id ?? null,
        product_id: item.product_id ?? null,
        variant_id: item.variant_id ?? null,
        country_code: country ? String(country).toLowerCase() : null,
        support_rep_id: order.customer?.employee?.id ?? null,
        quantity: amountOf(item.quantity),
        amount: (Math.round(amountOf(item.total) * 100) / 100).toFixed(2),
        currency_code: order.currency_code,
        sold_at: order.created_at,
      }
      const grant = (track_id: string, album_id: string) =>
        order.customer_id &&
        result.owned.push({ customer_id: order.customer_id, track_id, album_id, order_id: order.id, line_item_id: item.id, granted_at: order.created_at })
      if (sold.kind === "track") {
        const t: any = trackBy.get(sold.track_id)
        if (!t) continue
        music = true
        result.sales.push({ ...base, kind: "track", track_id: t.id, album_id: t.album_id, artist_id: t.album?.artist_id ?? null, genre_id: t.genre_id ?? null, media_type_id: t.media_type_id ?? null })
        grant(t.id, t.album_id)
      } else {
        const a: any = albumBy.get(sold.album_id)
        if (!a) continue
        music = true
        const albumTracks = (a.tracks ?? []).filter(Boolean).sort((x: any, y: any) => x.track_number - y.track_number)
        result.sales.push({
          ...base,
          kind: "album",
          track_id: null,
          album_id: a.id,
          artist_id: a.artist_id ?? null,
          genre_id: mostCommon(albumTracks.map((t: any) => t.genre_id)),
          media_type_id: mostCommon(albumTracks.map((t: any) => t.media_type_id)),
        })
        for (const t of albumTracks) grant(t.id, a.id)
      }
    }
    if (music) result.orders.push(refundFacts(order))
  }
  return result
}

/** Cancellation and refunds of these orders, read through Query. */
export async function readReversalFacts(container: MedusaContainer, orderIds: string[]): Promise<OrderReversalFacts[]> {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({
    entity: "order",
    fields: ["id", "status", "canceled_at", "payment_collections.payments.refunds.amount", "payment_collections.payments.refunds.created_at"],
    filters: { id: orderIds },
  })
  return data.map(refundFacts)
}
