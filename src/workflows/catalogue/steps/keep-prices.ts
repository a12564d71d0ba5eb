import type { IPricingModuleService } from "@medusajs/framework/types"
import { Modules } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { storedPrices, type StoredPrice } from "../utils/base-prices"

export type KeptPrices = Record<string, StoredPrice[]>

const writable = (p: StoredPrice) => ({
  id: p.id,
  amount: p.amount,
  currency_code: p.currency_code,
  min_quantity: p.min_quantity,
  max_quantity: p.max_quantity,
  rules: p.rules,
})

/**
 * Reads the prices of these price sets before a workflow changes them, and
 * on rollback writes them back as they were. Medusa's updatePriceSetsStep
 * (inside updateProductVariantsWorkflow) compensates by re-upserting the
 * price sets it listed without their prices, which the pricing module takes
 * as "no prices": this step, run before it, puts them back afterwards.
 */
export const keepPricesStep = createStep(
  "keep-catalogue-prices",
  async (input: { price_set_ids: string[] }, { container }) => {
    const kept: KeptPrices = Object.fromEntries(await storedPrices(container, input.price_set_ids))
    return new StepResponse(kept, kept)
  },
  async (kept, { container }) => {
    if (!kept || !Object.keys(kept).length) return
    const pricing: IPricingModuleService = container.resolve(Modules.PRICING)
    await pricing.upsertPriceSets(Object.entries(kept).map(([id, prices]) => ({ id, prices: prices.map(writable) })) as any)
  }
)

export { writable as writablePrice }
