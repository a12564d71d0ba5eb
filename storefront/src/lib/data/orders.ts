import "server-only"
import type { HttpTypes } from "@medusajs/types"
import { getSdk } from "../sdk"
import { getAuthHeaders } from "./cookies"
import { isStatus } from "./store-fetch"

const ORDER_LIST_FIELDS = "id,display_id,created_at,total,currency_code,status,payment_status,items.id,items.title"
const ORDER_FIELDS = [
  "id", "display_id", "created_at", "email", "currency_code", "status", "payment_status",
  "total", "subtotal", "tax_total", "discount_total", "item_total", "shipping_total",
  "*items", "items.metadata", "items.compare_at_unit_price",
  "*payment_collections", "*payment_collections.payments",
].join(",")

/** The signed-in customer's orders, newest first (Medusa's /store/orders answers only their own). */
export async function listOrders(page: { limit: number; offset: number }) {
  return getSdk().client.fetch<{ orders: HttpTypes.StoreOrder[]; count: number }>("/store/orders", {
    method: "GET",
    query: { fields: ORDER_LIST_FIELDS, order: "-created_at", limit: page.limit, offset: page.offset },
    headers: (await getAuthHeaders()) ?? {},
    cache: "no-store",
  })
}

/** One of the customer's orders, or null for an unknown id or another customer's order. */
export async function getOrder(id: string): Promise<HttpTypes.StoreOrder | null> {
  try {
    const { order } = await getSdk().client.fetch<{ order: HttpTypes.StoreOrder }>(`/store/orders/${encodeURIComponent(id)}`, {
      method: "GET",
      query: { fields: ORDER_FIELDS },
      headers: (await getAuthHeaders()) ?? {},
      cache: "no-store",
    })
    return order
  } catch (e) {
    if (isStatus(e, 400, 401, 403, 404)) return null
    throw e
  }
}
