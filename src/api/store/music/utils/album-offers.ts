import type { IPricingModuleService, MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import { TtlCache } from "../../../../lib/ttl-cache"
import { regionCurrency } from "./region-currency"

type Shape = { track_count: number; price_set_id: string | null }
export type Offer = { track_count: number; price: { amount: number; currency_code: string } | null }

// How many tracks an album has and which price set sells it whole change only
// when staff rework the album; the price itself is worked out per request.
const shapes = new TtlCache<Shape | undefined>(60_000, 50_000)

/**
 * What a shelf of albums shows besides title and cover: the number of tracks
 * and, given a region, the full album's price there.
 */
export async function albumOffers(scope: MedusaContainer, albumIds: string[], regionId?: string) {
  const query = scope.resolve(ContainerRegistrationKeys.QUERY)
  const found = await shapes.getMany(albumIds, async (ids) => {
    const { data } = await query.graph({
      entity: "album",
      fields: ["id", "tracks.id", "product.variants.sku", "product.variants.price_set.id"],
      filters: { id: ids },
    })
    return new Map(
      data.map((a: any): [string, Shape] => [
        a.id,
        {
          track_count: (a.tracks ?? []).filter(Boolean).length,
          // The full album's variant carries the album id as its SKU.
          price_set_id: a.product?.variants?.find((v: any) => v?.sku === a.id)?.price_set?.id ?? null,
        },
      ])
    )
  })

  const prices = new Map<string, Offer["price"]>()
  const priceSetIds = [...found.values()].flatMap((s) => (s?.price_set_id ? [s.price_set_id] : []))
  if (regionId && priceSetIds.length) {
    const currency_code = await regionCurrency(scope, regionId)
    const pricing: IPricingModuleService = scope.resolve(Modules.PRICING)
    const calculated = await pricing.calculatePrices(
      { id: priceSetIds },
      { context: { region_id: regionId, currency_code } }
    )
    for (const p of calculated) {
      if (p.calculated_amount != null) prices.set(p.id, { amount: Number(p.calculated_amount), currency_code: p.currency_code! })
    }
  }
  return new Map<string, Offer>(
    albumIds.map((id) => {
      const shape = found.get(id)
      return [id, { track_count: shape?.track_count ?? 0, price: (shape?.price_set_id && prices.get(shape.price_set_id)) || null }]
    })
  )
}

/** The albums with `track_count` and `price` (null without a region) added. */
export async function withOffers<T extends { id: string }>(scope: MedusaContainer, albums: T[], regionId?: string) {
  const offers = await albumOffers(scope, albums.map((a) => a.id), regionId)
  return albums.map((a) => ({ ...a, ...offers.get(a.id)! }))
}
