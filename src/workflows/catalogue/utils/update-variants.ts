import { transform, when, type WorkflowData } from "@medusajs/framework/workflows-sdk"
import { updateProductVariantsWorkflow } from "@medusajs/medusa/core-flows"
import { keepPricesStep, writablePrice } from "../steps/keep-prices"
import { basePriceOf } from "./base-prices"

/** One variant of an album's product as staff change it: its title, metadata and base price. */
export type VariantEdit = {
  id: string
  title?: string
  /** Its place in the admin's variant list: the track number. */
  variant_rank?: number
  metadata?: Record<string, unknown>
  /** The variant's price set, and its new base price in the store's currency. */
  price?: { price_set_id: string; amount: number }
}

export type VariantEditsInput = { currency_code: string; variants: VariantEdit[] }

/**
 * Writes variant changes through Medusa's updateProductVariantsWorkflow, the
 * path the admin's own variant form takes: prices through its pricing steps,
 * a `product-variant.updated` event per variant (which clears Medusa's
 * cached product answers) and its hook. A price set's prices are replaced by
 * the list given, so every price it holds is passed back, only the base
 * price in the store's currency changed (price lists keep theirs).
 * `name` keeps the steps of two uses in one workflow apart.
 */
export function updateCatalogueVariants(input: WorkflowData<VariantEditsInput>, name = "catalogue-variants") {
  const keepInput = transform({ input }, ({ input }) => ({
    price_set_ids: input.variants.flatMap((v) => (v.price ? [v.price.price_set_id] : [])),
  }))
  const kept = keepPricesStep(keepInput).config({ name: `${name}-keep-prices` })

  const product_variants = transform({ input, kept }, ({ input, kept }) =>
    input.variants
      .map((v) => {
        const change: Record<string, unknown> = { id: v.id }
        if (v.title !== undefined) change.title = v.title
        if (v.variant_rank !== undefined) change.variant_rank = v.variant_rank
        if (v.metadata !== undefined) change.metadata = v.metadata
        if (v.price) {
          const stored = kept[v.price.price_set_id] ?? []
          const base = basePriceOf(stored, input.currency_code)
          const prices: Record<string, unknown>[] = stored.map((p) =>
            p.id === base?.id ? { ...writablePrice(p), amount: v.price!.amount } : writablePrice(p)
          )
          if (!base) prices.push({ amount: v.price.amount, currency_code: input.currency_code, rules: {} })
          change.prices = prices
        }
        return change
      })
      .filter((c) => Object.keys(c).length > 1)
  )

  return when(`${name}-update`, { product_variants }, ({ product_variants }) => product_variants.length > 0).then(() =>
    updateProductVariantsWorkflow.runAsStep({ input: { product_variants } as any })
  )
}
