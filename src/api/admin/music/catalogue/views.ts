import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import type { AdminAlbumRow, AdminTrackRow } from "../../../../modules/music/catalogue/admin-lists"
import { isHiddenVariant } from "../../../../modules/music/utils/track-visibility"
import { basePrices } from "../../../../workflows/catalogue/utils/base-prices"

/*
 * What the staff's pages show of albums and tracks: the music record, the
 * product's status, whether the store shows it now (the read model), and the
 * base price in the store's currency from Medusa's pricing module.
 */

export type Money = { amount: number; currency_code: string }

export type AdminAlbumView = Omit<AdminAlbumRow, "sales_channel_ids" | "full_price_set_id"> & {
  /** The product's status (draft, published, …); null when the album has no product. */
  status: string | null
  /** Shown in the store now: its product is published in a sales channel. */
  published: boolean
  /** The full album's base price. */
  price: Money | null
}

export type AdminTrackView = Omit<AdminTrackRow, "sales_channel_ids" | "price_set_id" | "master_file_id" | "album"> & {
  album: { id: string; title: string }
  product_id: string | null
  /** Shown in the store now. */
  published: boolean
  /** Taken off sale on its own (its album may still be on sale). */
  hidden: boolean
  has_master: boolean
  price: Money | null
}

const priceOf = (prices: Map<string, number>, id: string | null, currency: string): Money | null =>
  id && prices.has(id) ? { amount: prices.get(id)!, currency_code: currency } : null

export async function albumViews(scope: MedusaContainer, rows: AdminAlbumRow[], currency: string): Promise<AdminAlbumView[]> {
  const query = scope.resolve(ContainerRegistrationKeys.QUERY)
  const productIds = rows.map((r) => r.product_id).filter((id): id is string => !!id)
  const { data: products } = productIds.length
    ? await query.graph({ entity: "product", fields: ["id", "status"], filters: { id: productIds } })
    : { data: [] as any[] }
  const statusOf = new Map<string, string>((products as any[]).map((p) => [p.id as string, p.status as string]))
  const prices = await basePrices(scope, rows.map((r) => r.full_price_set_id ?? ""), currency)
  return rows.map(({ sales_channel_ids, full_price_set_id, ...row }) => ({
    ...row,
    status: (row.product_id && statusOf.get(row.product_id)) || null,
    published: (sales_channel_ids ?? []).length > 0,
    price: priceOf(prices, full_price_set_id, currency),
  }))
}

export async function trackViews(scope: MedusaContainer, rows: AdminTrackRow[], currency: string): Promise<AdminTrackView[]> {
  const query = scope.resolve(ContainerRegistrationKeys.QUERY)
  const variantIds = rows.map((r) => r.variant_id).filter((id): id is string => !!id)
  const { data: variants } = variantIds.length
    ? await query.graph({ entity: "product_variant", fields: ["id", "metadata"], filters: { id: variantIds } })
    : { data: [] as any[] }
  const hidden = new Set<string>((variants as any[]).filter(isHiddenVariant).map((v) => v.id as string))
  const prices = await basePrices(scope, rows.map((r) => r.price_set_id ?? ""), currency)
  return rows.map(({ sales_channel_ids, price_set_id, master_file_id, album, ...row }) => ({
    ...row,
    album: { id: album.id, title: album.title },
    product_id: album.product_id,
    published: (sales_channel_ids ?? []).length > 0,
    hidden: !!row.variant_id && hidden.has(row.variant_id),
    has_master: !!master_file_id,
    price: priceOf(prices, price_set_id, currency),
  }))
}
