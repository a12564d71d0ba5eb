import type { HttpTypes } from "@medusajs/types"
import type { Album, Money, Track } from "@/types/album"

/** The title and rank of the variant that sells the whole album. */
export const FULL_ALBUM_TITLE = "Full album"
const FULL_ALBUM_RANK = 0

function priceOf(variant: HttpTypes.StoreProductVariant): Money | null {
  const price = variant.calculated_price
  if (price?.calculated_amount == null || !price.currency_code) {
    return null
  }
  return { amount: Number(price.calculated_amount), currencyCode: price.currency_code }
}

function isFullAlbum(variant: HttpTypes.StoreProductVariant) {
  return variant.variant_rank === FULL_ALBUM_RANK || variant.title === FULL_ALBUM_TITLE
}

/**
 * Reads an album out of the product that sells it: subtitle is the artist,
 * the variant ranked 0 ("Full album") sells the whole album and every other
 * variant is a track whose rank is its track number.
 */
export function albumFromProduct(product: HttpTypes.StoreProduct): Album {
  const variants = product.variants ?? []
  const full = variants.find(isFullAlbum)
  const tracks: Track[] = variants
    .filter((v) => v !== full)
    .map((v) => ({
      variantId: v.id,
      number: v.variant_rank ?? 0,
      title: v.title ?? "",
      price: priceOf(v),
    }))
    .sort((a, b) => a.number - b.number || a.title.localeCompare(b.title))

  return {
    id: product.id,
    handle: product.handle ?? product.id,
    title: product.title ?? "Untitled",
    artist: product.subtitle ?? "Unknown artist",
    coverUrl: product.thumbnail || null,
    price: full ? priceOf(full) : null,
    tracks,
  }
}
