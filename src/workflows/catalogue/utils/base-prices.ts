import type { IPricingModuleService, MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import { STORE_CURRENCY } from "../../../lib/store-setup"

/** A price of a price set as it is stored, enough to write it back unchanged. */
export type StoredPrice = {
  id: string
  amount: number
  currency_code: string
  min_quantity: number | null
  max_quantity: number | null
  /** The price's rules in the form the pricing module takes them (`{ region_id: "reg_…" }`). */
  rules: Record<string, string | { operator: string; value: number }[]>
}

/** The store's own currency: the default of its supported currencies (USD for Chinook Records). */
export async function storeCurrency(container: MedusaContainer): Promise<string> {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({ entity: "store", fields: ["supported_currencies.currency_code", "supported_currencies.is_default"] })
  const currencies = ((data[0] as any)?.supported_currencies ?? []).filter(Boolean)
  return (currencies.find((c: any) => c.is_default) ?? currencies[0])?.currency_code ?? STORE_CURRENCY
}

function rulesOf(price: any): StoredPrice["rules"] {
  const rules: StoredPrice["rules"] = {}
  for (const r of price.price_rules ?? []) {
    if (!r) continue
    if (!r.operator || r.operator === "eq") rules[r.attribute] = r.value
    else ((rules[r.attribute] ??= []) as { operator: string; value: number }[]).push({ operator: r.operator, value: Number(r.value) })
  }
  return rules
}

/**
 * Every price of these price sets outside price lists (price lists keep
 * their own prices), as stored. The pricing module replaces a set's prices
 * with the list it is given, so a change writes all of them back.
 */
export async function storedPrices(container: MedusaContainer, priceSetIds: string[]): Promise<Map<string, StoredPrice[]>> {
  const bySet = new Map<string, StoredPrice[]>()
  const ids = [...new Set(priceSetIds.filter(Boolean))]
  if (!ids.length) return bySet
  const pricing: IPricingModuleService = container.resolve(Modules.PRICING)
  const prices = await pricing.listPrices(
    { price_set_id: ids, price_list_id: null } as any,
    { relations: ["price_rules"], take: null } as any
  )
  for (const id of ids) bySet.set(id, [])
  for (const p of prices as any[]) {
    bySet.get(p.price_set_id)?.push({
      id: p.id,
      amount: Number(p.amount),
      currency_code: p.currency_code,
      min_quantity: p.min_quantity ?? null,
      max_quantity: p.max_quantity ?? null,
      rules: rulesOf(p),
    })
  }
  return bySet
}

/** The price everyone pays in the currency: the one without rules or quantities. */
export function basePriceOf(prices: StoredPrice[] | undefined, currency: string): StoredPrice | undefined {
  return (prices ?? []).find(
    (p) => p.currency_code === currency && !Object.keys(p.rules).length && p.min_quantity == null && p.max_quantity == null
  )
}

/** The base price of each price set in the currency, by price set id. */
export async function basePrices(container: MedusaContainer, priceSetIds: string[], currency: string): Promise<Map<string, number>> {
  const stored = await storedPrices(container, priceSetIds)
  const amounts = new Map<string, number>()
  for (const [id, prices] of stored) {
    const base = basePriceOf(prices, currency)
    if (base) amounts.set(id, base.amount)
  }
  return amounts
}
