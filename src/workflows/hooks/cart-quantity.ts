import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import { addToCartWorkflow, createCartWorkflow, updateLineItemInCartWorkflow } from "@medusajs/medusa/core-flows"

// A track or an album is a download: a second copy in the same order buys
// nothing. Medusa merges a variant added twice into quantity 2, so every way
// into a cart (create with items, add, change quantity) is checked here.

type Requested = { variant_id?: string | null; quantity?: number | string | null }

/** The variants among `ids` that sell music (their product is an album's), with a name for messages. */
async function musicVariants(container: MedusaContainer, ids: string[]) {
  const names = new Map<string, string>()
  if (!ids.length) return names
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({
    entity: "product_variant",
    fields: ["id", "product.title", "product.album.id", "track.name"],
    filters: { id: [...new Set(ids)] },
  })
  for (const v of data as any[]) {
    if (!v.product?.album?.id) continue
    names.set(v.id, v.track?.name ? `"${v.track.name}"` : `The album "${v.product.title}"`)
  }
  return names
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
async function checkQuantities(container: MedusaContainer, requested: Requested[], inCart: () => Promise<Requested[]>) {
  const ids = requested.map((i) => i.variant_id).filter((id): id is string => !!id)
  const music = await musicVariants(container, ids)
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

addToCartWorkflow.hooks.validate(async ({ input, cart }, { container }) => {
  await checkQuantities(container, (input.items ?? []) as Requested[], () => cartLines(container, cart.id))
})

createCartWorkflow.hooks.validate(async ({ cart }, { container }) => {
  await checkQuantities(container, ((cart as any).items ?? []) as Requested[], async () => [])
})

updateLineItemInCartWorkflow.hooks.validate(async ({ input, cart }, { container }) => {
  const quantity = Number(input.update?.quantity)
  if (!(quantity > 1)) return
  const item = ((cart as any).items ?? []).find((i: any) => i.id === input.item_id)
  if (!item?.variant_id) return
  const name = (await musicVariants(container, [item.variant_id])).get(item.variant_id)
  if (name) refuse(`${name} can be in your cart only once (quantity 1); music is sold one copy at a time.`)
})
