import "server-only"
import { cache } from "react"
import type { HttpTypes } from "@medusajs/types"
import { readStoreConfig } from "../config"
import { getSdk } from "../sdk"
import { isStatus } from "./store-fetch"
import { getAuthHeaders, getCartId } from "./cookies"

/** What the cart page, the header and checkout read of a cart. */
export const CART_FIELDS = [
  "id", "currency_code", "email", "customer_id", "region_id", "completed_at",
  "total", "subtotal", "tax_total", "discount_total", "item_total", "shipping_total", "original_item_total",
  "*items", "items.metadata", "items.compare_at_unit_price", "items.requires_shipping",
  "*payment_collection", "*payment_collection.payment_sessions", "*shipping_methods",
].join(",")

/**
 * The visitor's cart, or null (no cookie, a cart already completed, or one
 * that belongs to someone else: Medusa refuses another customer's cart).
 * Once per request.
 */
export const getCart = cache(async (): Promise<HttpTypes.StoreCart | null> => {
  const id = await getCartId()
  if (!id || !readStoreConfig()) return null
  try {
    const { cart } = await getSdk().client.fetch<{ cart: HttpTypes.StoreCart }>(`/store/carts/${encodeURIComponent(id)}`, {
      method: "GET",
      query: { fields: CART_FIELDS },
      headers: (await getAuthHeaders()) ?? {},
      cache: "no-store",
    })
    return cart.completed_at ? null : cart
  } catch (e) {
    if (isStatus(e, 400, 401, 403, 404)) return null
    throw e
  }
})

/** Lines in the cart (each download is one copy), for the header's count; 0 when the backend is out of reach. */
export async function cartCount(): Promise<number> {
  try {
    return (await getCart())?.items?.length ?? 0
  } catch {
    return 0
  }
}

/** The variants already in the cart, so that list buttons can say so. */
export async function cartVariantIds(): Promise<string[]> {
  try {
    return ((await getCart())?.items ?? []).map((i) => i.variant_id).filter((v): v is string => !!v)
  } catch {
    return []
  }
}
