import type { MedusaRequest } from "@medusajs/framework/http"
import type { IPricingModuleService, MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, MedusaError, Modules } from "@medusajs/framework/utils"

export type Money = { amount: number; currency_code: string }

/**
 * The context Medusa prices a cart in: the region and its currency, and the
 * customer's groups (price lists for a group apply to its members), so the
 * price a page shows is the price the cart will charge.
 */
export type MusicPricingContext = {
  region_id: string
  currency_code: string
  customer?: { groups: { id: string }[] }
}

/** The pricing context of a request that names `region_id`; none without one. */
export async function pricingContextOf(req: MedusaRequest, regionId?: string): Promise<MusicPricingContext | undefined> {
  if (!regionId) return undefined
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const {
    data: [region],
  } = await query.graph(
    { entity: "region", fields: ["id", "currency_code"], filters: { id: regionId } },
    { cache: { enable: true } } as any
  )
  if (!region) {
    throw new MedusaError(MedusaError.Types.INVALID_DATA, `region_id: no region with id ${regionId}`)
  }
  const context: MusicPricingContext = { region_id: region.id, currency_code: region.currency_code }
  const customerId = (req as any).auth_context?.actor_type === "customer" ? (req as any).auth_context.actor_id : undefined
  if (customerId) {
    const { data: groups } = await query.graph({
      entity: "customer_group",
      fields: ["id"],
      filters: { customers: { id: customerId } } as any,
    })
    context.customer = { groups: groups.map((g: any) => ({ id: g.id })) }
  }
  return context
}

/** Price of each price set in the context (customer group price lists included); absent when it has none. */
export async function pricesOf(scope: MedusaContainer, priceSetIds: string[], context?: MusicPricingContext) {
  const prices = new Map<string, Money>()
  const ids = [...new Set(priceSetIds.filter(Boolean))]
  if (!context || !ids.length) return prices
  const pricing: IPricingModuleService = scope.resolve(Modules.PRICING)
  const calculated = await pricing.calculatePrices({ id: ids }, { context: context as any })
  for (const p of calculated) {
    if (p.calculated_amount != null) {
      prices.set(p.id, { amount: Number(p.calculated_amount), currency_code: p.currency_code! })
    }
  }
  return prices
}
