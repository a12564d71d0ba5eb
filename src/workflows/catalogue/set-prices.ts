import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { updateCatalogueVariants } from "./utils/update-variants"

export type SetCataloguePricesInput = {
  currency_code: string
  prices: { variant_id: string; price_set_id: string; amount: number }[]
}

/**
 * Sets the base price of track and full-album variants in the store's
 * currency, through Medusa's updateProductVariantsWorkflow; on failure every
 * price set is written back as it was. The store prices each request, so
 * its pages show the new prices at once.
 */
export const setCataloguePricesWorkflow = createWorkflow("set-catalogue-prices", (input: SetCataloguePricesInput) => {
  const edits = transform({ input }, ({ input }) => ({
    currency_code: input.currency_code,
    variants: input.prices.map((p) => ({ id: p.variant_id, price: { price_set_id: p.price_set_id, amount: p.amount } })),
  }))
  updateCatalogueVariants(edits, "set-prices")
  return new WorkflowResponse(transform({ input }, ({ input }) => ({ count: input.prices.length })))
})
