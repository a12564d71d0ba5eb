/** The fields of a track that an order line needs, as Query returns them. */
export const TRACK_LINE_FIELDS = [
  "id",
  "name",
  "album.title",
  "album.artist.name",
  "product_variant.id",
  "product_variant.product_id",
  "product_variant.sku",
]

export type SoldTrack = {
  name: string
  album: { title: string; artist: { name: string } }
  product_variant: { id: string; product_id: string; sku?: string }
}

/**
 * An order line selling one track: titled by album and track as a receipt
 * shows it, and needing no shipping, as music never does.
 */
export function trackLineItem(track: SoldTrack, quantity: number, unitPrice: number) {
  return {
    title: track.album.title,
    subtitle: track.name,
    product_title: track.album.title,
    product_subtitle: track.album.artist.name,
    variant_title: track.name,
    variant_id: track.product_variant.id,
    product_id: track.product_variant.product_id,
    variant_sku: track.product_variant.sku,
    quantity,
    unit_price: unitPrice,
    requires_shipping: false,
  }
}
