import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import AlbumProductLink from "../../../../links/album-product"
import TrackVariantLink from "../../../../links/track-variant"

/*
 * Orders know variants and products; the catalogue knows tracks and albums.
 * These translate between them through the module links.
 */
// A genre of a big catalogue holds over 100,000 tracks: more ids than one
// statement may bind, so they are looked up a slice at a time.
const SLICE = 5_000

async function pairs(scope: MedusaContainer, entity: string, fields: [string, string], filters: Record<string, string[]>) {
  const query = scope.resolve(ContainerRegistrationKeys.QUERY)
  const [[key, ids]] = Object.entries(filters)
  const rows: Record<string, string>[] = []
  for (let i = 0; i < ids.length; i += SLICE) {
    const { data } = await query.graph({ entity, fields, filters: { [key]: ids.slice(i, i + SLICE) } })
    rows.push(...(data as Record<string, string>[]))
  }
  return rows
}

export async function variantIdsOfTracks(scope: MedusaContainer, trackIds: string[]) {
  if (!trackIds.length) return []
  const rows = await pairs(scope, TrackVariantLink.entryPoint, ["track_id", "product_variant_id"], { track_id: trackIds })
  return rows.map((r) => r.product_variant_id)
}

export async function productIdsOfAlbums(scope: MedusaContainer, albumIds: string[]) {
  if (!albumIds.length) return []
  const rows = await pairs(scope, AlbumProductLink.entryPoint, ["album_id", "product_id"], { album_id: albumIds })
  return rows.map((r) => r.product_id)
}

/** track id for each variant id that sells a track (full-album variants have none). */
export async function tracksOfVariants(scope: MedusaContainer, variantIds: string[]) {
  if (!variantIds.length) return new Map<string, string>()
  const rows = await pairs(scope, TrackVariantLink.entryPoint, ["track_id", "product_variant_id"], {
    product_variant_id: variantIds,
  })
  return new Map(rows.map((r) => [r.product_variant_id, r.track_id]))
}

/** album id for each product id that sells an album. */
export async function albumsOfProducts(scope: MedusaContainer, productIds: string[]) {
  if (!productIds.length) return new Map<string, string>()
  const rows = await pairs(scope, AlbumProductLink.entryPoint, ["album_id", "product_id"], { product_id: productIds })
  return new Map(rows.map((r) => [r.product_id, r.album_id]))
}
