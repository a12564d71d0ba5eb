import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import { addToCartWorkflow, createCartWorkflow, updateLineItemInCartWorkflow } from "@medusajs/medusa/core-flows"
import { musicVariants, type MusicVariant } from "../cart/music-lines"
import { refuseOwnedLines } from "../cart/owned-lines"

// A track or an album is a download: a second copy in the same order buys
// nothing. Medusa merges a variant added twice into quantity 2, so every way
// into a cart (create with items, add, change quantity) is checked here.
// Nor does a customer buy again what they own (see ../cart/owned-lines): a
// hook takes one handler, so add and create check both rules from here.

type Requested = { variant_id?: string | null; quantity?: number | string | null }

/** A name for messages about the variant's line. */
const nameOf = (v: MusicVariant) => (v.track ? `"${v.track.name}"` : `The album "${v.album_title}"`)

async function musicNames(container: MedusaContainer, ids: string[]) {
  return namesOf(await musicVariants(container, ids))
}

function namesOf(variants: Map<string, MusicVariant>) {
  return new Map([...variants].map(([id, v]) => [id, nameOf(v)]))
}

function refuse(message: string): never {
  throw new MedusaError(MedusaError.Types.INVALID_DATA, message)
}

/** The cart's lines: addToCartWorkflow's own cart read leaves them out. */
async function cartLines(container: MedusaContainer, cartId: string): Promise<Requested[]> {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({ entity: "cart", fields: ["items.variant_id", "items.quantity"], filters: { id: cartId } })
  return ((data[0] as any)?.items ?? []).filter(Boolean)
}

/** Refuses a music variant whose quantity in the cart would exceed 1. */
async function checkQuantities(music: Map<string, string>, requested: Requested[], inCart: () => Promise<Requested[]>) {
  if (!music.size) return
  const have = new Map<string, number>()
  for (const item of await inCart()) {
    if (item.variant_id) have.set(item.variant_id, (have.get(item.variant_id) ?? 0) + Number(item.quantity ?? 0))
  }
  const adding = new Map<string, number>()
  for (const item of requested) {
    const name = item.variant_id && music.get(item.variant_id)
    if (!name) continue
    const id = item.variant_id!
    if ((have.get(id) ?? 0) > 0) refuse(`${name} is already in your cart; music is sold one copy at a time.`)
    const total = (adding.get(id) ?? 0) + Number(item.quantity ?? 1)
    if (total > 1) refuse(`${name} can be in your cart only once (quantity 1); music is sold one copy at a time.`)
    adding.set(id, total)
  }
}

/** Both rules for lines about to enter a customer's (or a guest's) cart. */
async function checkNewLines(
  container: MedusaContainer,
  customerId: string | null | undefined,
  requested: Requested[],
  inCart: () => Promise<Requested[]>
) {
  const variants = await musicVariants(container, requested.map((i) => i.variant_id).filter((id): id is string => !!id))
  if (!variants.size) return
  // A track staff took off sale: its variant is still in Medusa, but not for sale.
  const hidden = [...variants.values()].find((v) => v.hidden)
  if (hidden) refuse(`${nameOf(hidden)} is not on sale.`)
  await checkQuantities(namesOf(variants), requested, inCart)
  await refuseOwnedLines(container, customerId, [...variants.values()])
}

addToCartWorkflow.hooks.validate(async ({ input, cart }, { container }) => {
  const customerId = (cart as any).customer_id ?? (cart as any).customer?.id
  await checkNewLines(container, customerId, (input.items ?? []) as Requested[], () => cartLines(container, cart.id))
})

createCartWorkflow.hooks.validate(async ({ input, cart }, { container }) => {
  const customerId = (input as any).customer_id ?? (cart as any).customer_id
  await checkNewLines(container, customerId, ((cart as any).items ?? []) as Requested[], async () => [])
})

updateLineItemInCartWorkflow.hooks.validate(async ({ input, cart }, { container }) => {
  const quantity = Number(input.update?.quantity)
  if (!(quantity > 1)) return
  const item = ((cart as any).items ?? []).find((i: any) => i.id === input.item_id)
  if (!item?.variant_id) return
  const name = (await musicNames(container, [item.variant_id])).get(item.variant_id)
  if (name) refuse(`${name} can be in your cart only once (quantity 1); music is sold one copy at a time.`)
})
