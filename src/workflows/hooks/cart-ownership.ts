import type { MedusaContainer } from "@medusajs/framework/types"
import { MedusaError } from "@medusajs/framework/utils"
import { StepResponse } from "@medusajs/framework/workflows-sdk"
import { completeCartWorkflow, createCartWorkflow, refreshCartItemsWorkflow } from "@medusajs/medusa/core-flows"
import {
  albumLineChanges,
  readOfferCart,
  resyncPaymentCollection,
  writeAlbumLines,
  COMPLETE_MY_ALBUM,
  type AlbumLineUpdate,
  type CompleteMyAlbum,
  type OfferCart,
} from "../cart/complete-my-album"
import { musicVariants } from "../cart/music-lines"
import { refuseOwnedLines } from "../cart/owned-lines"
import { lockCustomerCheckout, unlockCustomerCheckout } from "../cart/checkout-lock"

// What a customer owns changes what their cart may hold and what an album in
// it costs (see ../cart/complete-my-album). Adding lines is checked in
// cart-quantity.ts; here the prices follow every refresh of the cart, and
// completion checks both again, since the customer may have bought a track
// elsewhere after putting it in this cart.

/** Re-prices album lines from current ownership; compensation puts back what it replaced. */
async function repriceAlbumLines(container: MedusaContainer, cartId: string) {
  const cart = await readOfferCart(container, cartId)
  const changes = cart ? await albumLineChanges(container, cart) : []
  await writeAlbumLines(container, changes.map((c) => c.update))
  return new StepResponse(undefined, changes.map((c) => c.previous))
}

async function putBack(previous: AlbumLineUpdate[] | undefined, { container }: { container: MedusaContainer }) {
  if (previous?.length) await writeAlbumLines(container, previous)
}

// Every Medusa cart change (add, update, remove a line, set the customer or
// region, add a shipping method) runs refreshCartItemsWorkflow; this point is
// after its own re-pricing and before the payment collection is brought to
// the cart's total, so the collection charges the price set here.
refreshCartItemsWorkflow.hooks.beforeRefreshingPaymentCollection(
  async ({ input }, { container }) => repriceAlbumLines(container, input.cart_id),
  putBack
)

// A cart created with items does not go through the refresh above. It has no
// payment collection yet, so writing the lines is all there is to do.
createCartWorkflow.hooks.cartCreated(
  async ({ cart }, { container }) => repriceAlbumLines(container, cart.id),
  putBack
)

type CheckoutLock = { customer_id: string; cart_id: string }

completeCartWorkflow.hooks.validate(
  async ({ cart }, { container }) => {
    const c = cart as any
    const customerId: string | undefined = c.customer_id ?? c.customer?.id
    // A retry of a completed cart returns its order: what it sold is owned by now.
    if (!customerId || c.completed_at) return new StepResponse(undefined, undefined as CheckoutLock | undefined)
    await lockCustomerCheckout(container, customerId, c.id)
    const lock: CheckoutLock = { customer_id: customerId, cart_id: c.id }
    try {
      await checkCartAgainstOwnership(container, c, customerId)
    } catch (e) {
      await unlockCustomerCheckout(container, customerId, c.id)
      throw e
    }
    return new StepResponse(undefined, lock)
  },
  async (lock, { container }) => {
    if (lock) await unlockCustomerCheckout(container, lock.customer_id, lock.cart_id)
  }
)

// The order exists: a completion of another of the customer's carts may now
// check against it. The hook exists at run time; 2.21's typings list only
// validate.
type OrderCreatedHook = (invoke: (input: { order_id: string; cart_id: string }, ctx: { container: MedusaContainer }) => Promise<void>) => void
;(completeCartWorkflow.hooks as unknown as { orderCreated: OrderCreatedHook }).orderCreated(async ({ cart_id }, { container }) => {
  const query = container.resolve("query")
  const { data } = await query.graph({ entity: "cart", fields: ["id", "customer_id"], filters: { id: cart_id } })
  const customerId = (data[0] as any)?.customer_id
  if (customerId) await unlockCustomerCheckout(container, customerId, cart_id)
})

async function checkCartAgainstOwnership(container: MedusaContainer, c: any, customerId: string) {
  const items = ((c.items ?? []) as any[]).filter((i) => i?.variant_id)
  const variants = await musicVariants(container, items.map((i) => i.variant_id))
  if (!variants.size) return
  await refuseOwnedLines(container, customerId, [...variants.values()])

  const offerCart: OfferCart = {
    id: c.id,
    region_id: c.region_id ?? c.region?.id,
    currency_code: c.currency_code,
    customer_id: customerId,
    items,
  }
  const changes = await albumLineChanges(container, offerCart, variants)
  if (!changes.length) return
  // Ownership changed since the cart was priced. The order is made from the
  // cart as read before this hook, so it cannot take the new price: write it
  // to the cart (completion holds the cart's lock), bring the payment to the
  // new total and refuse, so that the customer pays what the cart now says.
  await writeAlbumLines(container, changes.map((c) => c.update))
  await resyncPaymentCollection(container, c.id)
  const what = changes.map(({ album_title, update }) => {
    const offer = update.metadata[COMPLETE_MY_ALBUM] as CompleteMyAlbum | undefined
    const price = new Intl.NumberFormat("en-US", { style: "currency", currency: c.currency_code }).format(update.unit_price)
    return offer
      ? `“${album_title}” now costs ${price} (you own ${offer.owned_tracks} of its ${offer.album_tracks} tracks)`
      : `“${album_title}” now costs ${price}`
  })
  throw new MedusaError(
    MedusaError.Types.INVALID_DATA,
    `${what.join("; ")}. Your cart shows the new total; please confirm your payment again.`
  )
}
