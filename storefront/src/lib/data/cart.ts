"use server"

import { revalidatePath } from "next/cache"
import { redirect } from "next/navigation"
import type { HttpTypes } from "@medusajs/types"
import { getSdk } from "../sdk"
import { cartMessage } from "../util/store-errors"
import { getAuthHeaders, getCartId, removeCartId, setCartId } from "./cookies"
import { getCart } from "./cart-read"
import { getRegionId } from "./regions"

export type CartActionState = { error?: string; added?: boolean }

/** The visitor's cart, made on first use (for the signed-in customer when there is one). */
async function cartIdForChange(): Promise<string> {
  const existing = await getCart()
  if (existing) return existing.id
  const { cart } = await getSdk().client.fetch<{ cart: HttpTypes.StoreCart }>("/store/carts", {
    method: "POST",
    body: { region_id: await getRegionId() },
    query: { fields: "id" },
    headers: (await getAuthHeaders()) ?? {},
  })
  await setCartId(cart.id)
  return cart.id
}

/** Adds one copy of a variant (a track, or a whole album); the backend refuses what the customer already owns, and says so. */
export async function addToCart(_prev: CartActionState, form: FormData): Promise<CartActionState> {
  const variantId = String(form.get("variant_id") ?? "")
  if (!variantId) return { error: "That item is no longer for sale." }
  try {
    const cartId = await cartIdForChange()
    await getSdk().client.fetch(`/store/carts/${encodeURIComponent(cartId)}/line-items`, {
      method: "POST",
      body: { variant_id: variantId, quantity: 1 },
      query: { fields: "id" },
      headers: (await getAuthHeaders()) ?? {},
    })
  } catch (e) {
    return { error: cartMessage(e) }
  }
  revalidatePath("/", "layout")
  return { added: true }
}

export async function removeFromCart(_prev: CartActionState, form: FormData): Promise<CartActionState> {
  const lineId = String(form.get("line_id") ?? "")
  const cartId = await getCartId()
  if (!lineId || !cartId) return {}
  try {
    await getSdk().client.fetch(`/store/carts/${encodeURIComponent(cartId)}/line-items/${encodeURIComponent(lineId)}`, {
      method: "DELETE",
      headers: (await getAuthHeaders()) ?? {},
    })
  } catch (e) {
    return { error: cartMessage(e) }
  }
  revalidatePath("/", "layout")
  return {}
}

export type CheckoutState = { error?: string }

/**
 * Starts paying with a provider: the cart's payment collection and a
 * session with that provider (Medusa keeps one session per collection, so a
 * change of mind replaces it). A digital cart needs no shipping; when a line
 * does, the $0 Digital delivery option is chosen without asking.
 */
export async function preparePayment(providerId: string): Promise<{ error?: string; clientSecret?: string }> {
  const cart = await getCart()
  if (!cart?.items?.length) return { error: "Your cart is empty." }
  const auth = await getAuthHeaders()
  if (!auth) return { error: "Sign in to check out." }
  const sdk = getSdk()
  try {
    if (cart.items.some((i) => i.requires_shipping) && !cart.shipping_methods?.length) {
      const { shipping_options } = await sdk.client.fetch<{ shipping_options: HttpTypes.StoreCartShippingOption[] }>(
        "/store/shipping-options",
        { method: "GET", query: { cart_id: cart.id }, headers: auth, cache: "no-store" }
      )
      const digital = shipping_options.find((o) => o.name === "Digital delivery" && Number(o.amount) === 0)
      if (digital) {
        await sdk.client.fetch(`/store/carts/${cart.id}/shipping-methods`, {
          method: "POST",
          body: { option_id: digital.id },
          query: { fields: "id" },
          headers: auth,
        })
      }
    }
    const { payment_collection } = await sdk.store.payment.initiatePaymentSession(
      cart as HttpTypes.StoreCart,
      { provider_id: providerId },
      { fields: "id,*payment_sessions" },
      auth
    )
    const session = payment_collection.payment_sessions?.find((s) => s.provider_id === providerId)
    const secret = (session?.data as { client_secret?: unknown } | undefined)?.client_secret
    return { clientSecret: typeof secret === "string" ? secret : undefined }
  } catch (e) {
    return { error: cartMessage(e) }
  }
}

/**
 * Completes the cart into an order. A cart the backend refuses to complete
 * (a track bought meanwhile, a payment not authorised) says why and stays.
 */
export async function placeOrder(_prev: CheckoutState, _form?: FormData): Promise<CheckoutState> {
  const cartId = await getCartId()
  if (!cartId) return { error: "Your cart is empty." }
  let orderId: string
  try {
    const answer = await getSdk().client.fetch<
      { type: "order"; order: HttpTypes.StoreOrder } | { type: "cart"; cart: HttpTypes.StoreCart; error: { message?: string } }
    >(`/store/carts/${encodeURIComponent(cartId)}/complete`, {
      method: "POST",
      body: {},
      query: { fields: "id" },
      headers: (await getAuthHeaders()) ?? {},
    })
    if (answer.type !== "order") {
      return { error: answer.error?.message ? `Your payment was not accepted: ${answer.error.message}` : "Your payment was not accepted. Nothing was charged." }
    }
    orderId = answer.order.id
  } catch (e) {
    return { error: cartMessage(e) }
  }
  await removeCartId()
  revalidatePath("/", "layout")
  redirect(`/account/orders/${encodeURIComponent(orderId)}?placed=1`)
}

const SYSTEM_PROVIDER = "pp_system_default"

/** "Place order" without a card form: the store's system provider authorises at once. */
export async function placeSystemOrder(prev: CheckoutState, form: FormData): Promise<CheckoutState> {
  const prepared = await preparePayment(SYSTEM_PROVIDER)
  if (prepared.error) return { error: prepared.error }
  return placeOrder(prev, form)
}
