import { createHash } from "node:crypto"
import type { MedusaContainer } from "@medusajs/framework/types"
import { MUSIC_MODULE } from "../../../modules/music"
import type MusicModuleService from "../../../modules/music/service"
import type { PriceScope } from "../../../modules/music/catalogue/admin-lists"
import { basePrices } from "./base-prices"
import { changedAmount, sameCents, type PriceChange } from "./price-change"

export type PriceTargets = "tracks" | "albums" | "all"

export type PricePlanLine = {
  kind: "track" | "album"
  /** The track's or album's id. */
  id: string
  name: string
  album_id: string
  album_title: string
  artist_name: string
  variant_id: string
  price_set_id: string
  old_amount: number | null
  new_amount: number
}

export type PricePlan = {
  currency_code: string
  /** The variants whose price changes, each with its old and new price. */
  variants: PricePlanLine[]
  count: number
  /** In the scope, already at the new price. */
  unchanged_count: number
  /** In the scope but left alone: no variant or price set, or no price to change by a percentage or amount. */
  skipped: { kind: "track" | "album"; id: string; name: string; reason: string }[]
  /** Names this exact plan: apply refuses to run a plan that differs from the one previewed. */
  token: string
}

/**
 * What a bulk price change would do, worked out from the catalogue as it is
 * now: every track (and/or full album) in the scope, its current base price
 * in the store's currency and the new one. Preview shows it; apply works it
 * out again and writes exactly those lines.
 */
export async function pricePlan(
  container: MedusaContainer,
  request: { scope: PriceScope; targets: PriceTargets; change: PriceChange; currency_code: string }
): Promise<PricePlan> {
  const music: MusicModuleService = container.resolve(MUSIC_MODULE)
  const rows = await music.listPriceTargets(request.scope, {
    tracks: request.targets !== "albums",
    albums: request.targets !== "tracks",
  })
  const current = await basePrices(container, rows.map((r) => r.price_set_id ?? ""), request.currency_code)
  const plan: PricePlan = { currency_code: request.currency_code, variants: [], count: 0, unchanged_count: 0, skipped: [], token: "" }
  for (const r of rows) {
    if (!r.variant_id || !r.price_set_id) {
      plan.skipped.push({ kind: r.kind, id: r.id, name: r.name, reason: "not on sale: no variant with a price set" })
      continue
    }
    const old = current.get(r.price_set_id) ?? null
    const next = changedAmount(old, request.change)
    if (next == null) {
      plan.skipped.push({ kind: r.kind, id: r.id, name: r.name, reason: `no ${request.currency_code.toUpperCase()} price to change` })
      continue
    }
    if (sameCents(old, next)) {
      plan.unchanged_count++
      continue
    }
    plan.variants.push({ ...r, variant_id: r.variant_id, price_set_id: r.price_set_id, old_amount: old, new_amount: next })
  }
  plan.count = plan.variants.length
  plan.token = createHash("sha256")
    .update(JSON.stringify([plan.currency_code, plan.variants.map((v) => [v.variant_id, v.old_amount, v.new_amount])]))
    .digest("hex")
    .slice(0, 32)
  return plan
}
