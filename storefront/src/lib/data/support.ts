import "server-only"
import type { HttpTypes } from "@medusajs/types"
import { getSdk } from "../sdk"
import type { SupportRequest, SupportRequestSummary } from "../util/support"
import { getAuthHeaders } from "./cookies"
import { isStatus } from "./store-fetch"

const PATH = "/store/customers/me/support-requests"

/** The signed-in customer's support requests, latest activity first. */
export async function listSupportRequests(page: { limit: number; offset: number }) {
  return getSdk().client.fetch<{ support_requests: SupportRequestSummary[]; count: number }>(PATH, {
    method: "GET",
    query: { limit: page.limit, offset: page.offset },
    headers: (await getAuthHeaders()) ?? {},
    cache: "no-store",
  })
}

/** One of the customer's requests with its thread, or null (unknown, or someone else's). */
export async function getSupportRequest(id: string): Promise<SupportRequest | null> {
  try {
    const { support_request } = await getSdk().client.fetch<{ support_request: SupportRequest }>(`${PATH}/${encodeURIComponent(id)}`, {
      method: "GET",
      headers: (await getAuthHeaders()) ?? {},
      cache: "no-store",
    })
    return support_request
  } catch (e) {
    if (isStatus(e, 400, 401, 403, 404)) return null
    throw e
  }
}

export type OrderChoice = Pick<HttpTypes.StoreOrder, "id" | "display_id" | "created_at" | "total" | "currency_code">

/** The customer's recent orders, for the "which order is this about" choice. */
export async function listOrderChoices(limit = 50): Promise<OrderChoice[]> {
  const { orders } = await getSdk().client.fetch<{ orders: OrderChoice[] }>("/store/orders", {
    method: "GET",
    query: { fields: "id,display_id,created_at,total,currency_code", order: "-created_at", limit },
    headers: (await getAuthHeaders()) ?? {},
    cache: "no-store",
  })
  return orders
}
