import { SYSTEM_PAYMENT_PROVIDER, type StoreSetup } from "../../src/lib/store-setup"

/**
 * Buys these variants as a logged-in customer through the store routes, as
 * the storefront does: cart, line items, (billing address), system payment
 * session, complete. Returns the order's id.
 */
export async function buyInStore(
  api: any,
  setup: StoreSetup,
  auth: { headers: Record<string, string> },
  variantIds: string[],
  { billing_address }: { billing_address?: Record<string, string> } = {}
): Promise<string> {
  const { data: { cart } } = await api.post("/store/carts", { region_id: setup.region_id }, auth)
  for (const variant_id of variantIds) await api.post(`/store/carts/${cart.id}/line-items`, { variant_id, quantity: 1 }, auth)
  if (billing_address) await api.post(`/store/carts/${cart.id}`, { billing_address }, auth)
  const { data: { payment_collection } } = await api.post("/store/payment-collections", { cart_id: cart.id }, auth)
  await api.post(`/store/payment-collections/${payment_collection.id}/payment-sessions`, { provider_id: SYSTEM_PAYMENT_PROVIDER }, auth)
  const { data } = await api.post(`/store/carts/${cart.id}/complete`, {}, auth)
  if (data.type !== "order") throw new Error(`The cart did not complete: ${JSON.stringify(data).slice(0, 500)}`)
  return data.order.id
}
