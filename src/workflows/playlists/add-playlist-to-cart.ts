import { createWorkflow, transform, when, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { addToCartWorkflow } from "@medusajs/medusa/core-flows"
import { pickUnownedCartItemsStep, type PickInput } from "./steps/pick-unowned-cart-items"

/**
 * "Buy what I don't own": every track of the playlist the cart's customer
 * does not own and the cart does not hold goes into the cart, one line each,
 * in one run of Medusa's add-to-cart workflow (with its hooks: our ownership
 * and quantity checks, album re-pricing).
 */
export const addPlaylistToCartWorkflow = createWorkflow("add-playlist-to-cart", (input: PickInput) => {
  const picked = pickUnownedCartItemsStep(input)
  when({ picked }, ({ picked }) => picked.items.length > 0).then(() => {
    addToCartWorkflow.runAsStep({
      input: transform({ input, picked }, ({ input, picked }) => ({ cart_id: input.cart_id, items: picked.items })),
    })
  })
  return new WorkflowResponse(transform({ picked }, ({ picked }) => ({ track_ids: picked.track_ids, skipped: picked.skipped })))
})
