import "server-only"
import type { HttpTypes } from "@medusajs/types"
import { getSdk } from "../sdk"
import { getCartId, removeCartId, setCartId } from "./cookies"
import { getRegionId } from "./regions"

// Not in cart.ts: every export of a "use server" file is an action any page
// can call, and this is only for the sign-in actions.

/**
 * The lines of a guest cart, moved into a new cart of the customer the token
 * names (made through the ordinary create and add routes, so every cart rule
 * applies: what they already own stays out). The new cart replaces the old
 * in the cookie. Medusa's own transfer route (POST /store/carts/:id/customer)
 * fails in 2.21 for a customer registered a moment before, so it is not used.
 */
async function adoptCart(token: string): Promise<string | null> {
  const cartId = await getCartId()
  if (!cartId) return null
  const sdk = getSdk()
  const auth = { authorization: `Bearer ${token}` }
  try {
    const { cart } = await sdk.client.fetch<{ cart: HttpTypes.StoreCart }>(`/store/carts/${encodeURIComponent(cartId)}`, {
      method: "GET",
      query: { fields: "id,region_id,items.variant_id" },
      cache: "no-store",
    })
    const { cart: mine } = await sdk.client.fetch<{ cart: HttpTypes.StoreCart }>("/store/carts", {
      method: "POST",
      body: { region_id: cart.region_id ?? (await getRegionId()) },
      query: { fields: "id" },
      headers: auth,
    })
    for (const variantId of new Set((cart.items ?? []).map((i) => i.variant_id).filter((v): v is string => !!v))) {
      await sdk.client
        .fetch(`/store/carts/${mine.id}/line-items`, {
          method: "POST",
          body: { variant_id: variantId, quantity: 1 },
          query: { fields: "id" },
          headers: auth,
        })
        // Refused (already owned, no longer for sale): left out.
        .catch(() => undefined)
    }
    await setCartId(mine.id)
    return mine.id
  } catch {
    await removeCartId()
    return null
  }
}

/** After sign-in or registration: the cart filled as a guest becomes the customer's. */
export async function transferCart(token: string) {
  await adoptCart(token)
}
