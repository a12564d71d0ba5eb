import type { CreateOrderDTO, MedusaContainer } from "@medusajs/framework/types"
import { OWNERSHIP_MODULE } from "../../src/modules/ownership"
import type OwnershipModuleService from "../../src/modules/ownership/service"
import { SYSTEM_PAYMENT_PROVIDER, type StoreSetup } from "../../src/lib/store-setup"
import { createPaidOrdersWorkflow } from "../../src/workflows/orders/create-paid-orders"
import { recordMissingOwnership } from "../../src/workflows/ownership/record-missing"

/** Request options for the store API: the publishable key, and a customer's bearer token when logged in. */
export type Auth = { headers: Record<string, string> }

/** The headers every /store route needs (a key linked to the store's sales channel). */
export const storeHeaders = (setup: Pick<StoreSetup, "publishable_key">): Auth => ({
  headers: { "x-publishable-api-key": setup.publishable_key },
})

/** A cart in the store's region holding one of each variant, added one line at a time as a shopper does. */
export async function cartWith(api: any, setup: StoreSetup, auth: Auth, variantIds: string[] = []) {
  const {
    data: { cart },
  } = await api.post("/store/carts", { region_id: setup.region_id }, auth)
  for (const variant_id of variantIds) await api.post(`/store/carts/${cart.id}/line-items`, { variant_id, quantity: 1 }, auth)
  return cart as { id: string; customer_id?: string | null; [key: string]: any }
}

/** Opens the cart's payment collection with a session of Medusa's system provider; returns that session. */
export async function payWithSystemProvider(api: any, cartId: string, auth: Auth) {
  const {
    data: { payment_collection },
  } = await api.post("/store/payment-collections", { cart_id: cartId }, auth)
  const { data } = await api.post(
    `/store/payment-collections/${payment_collection.id}/payment-sessions`,
    { provider_id: SYSTEM_PAYMENT_PROVIDER },
    auth
  )
  return data.payment_collection.payment_sessions[0] as { id: string; status: string }
}

/** POST …/complete; a refusal is returned as its answer rather than thrown. */
export const completeCart = (api: any, cartId: string, auth: Auth) =>
  api.post(`/store/carts/${cartId}/complete`, {}, auth).catch((e: any) => e.response)

/** A whole purchase through the store API: cart, system payment session, completion. Returns the order. */
export async function buy(api: any, setup: StoreSetup, auth: Auth, variantIds: string[]) {
  const cart = await cartWith(api, setup, auth, variantIds)
  await payWithSystemProvider(api, cart.id, auth)
  const { status, data } = await completeCart(api, cart.id, auth)
  if (data?.type !== "order") throw new Error(`cart ${cart.id} did not become an order (${status}): ${JSON.stringify(data)}`)
  return data.order as { id: string; display_id: number; total: number; [key: string]: any }
}

/** Waits until the customer owns every track (order.placed is handled after the completion answers). */
export async function waitUntilOwned(container: MedusaContainer, customerId: string, trackIds: string[], timeoutMs = 30_000) {
  const ownership: OwnershipModuleService = container.resolve(OWNERSHIP_MODULE)
  for (const until = Date.now() + timeoutMs; Date.now() < until; ) {
    if ((await ownership.listOwnedTrackIds(customerId, trackIds)).length === trackIds.length) return
    await new Promise((r) => setTimeout(r, 200))
  }
  throw new Error(`ownership of ${trackIds.join(", ")} was not recorded`)
}

/**
 * Paid orders made outside a cart, as the Chinook import makes them (in the
 * store's region and sales channel, in dollars, paid through the system
 * provider), then recorded in the sales ledger and ownership as the import
 * records them: order.placed is not emitted for such orders.
 */
export async function recordPaidOrders(
  container: MedusaContainer,
  setup: StoreSetup,
  orders: (Partial<CreateOrderDTO> & { created_at?: Date })[]
) {
  const { result } = await createPaidOrdersWorkflow(container).run({
    input: {
      provider_id: SYSTEM_PAYMENT_PROVIDER,
      orders: orders.map((o) => ({
        region_id: setup.region_id,
        sales_channel_id: setup.sales_channel_id,
        currency_code: "usd",
        ...o,
      })) as (CreateOrderDTO & { created_at?: Date })[],
    },
  })
  await recordMissingOwnership(container, result.map((o: any) => o.id))
  return result
}
