import type { MedusaContainer } from "@medusajs/framework/types"
import { MedusaError } from "@medusajs/framework/utils"
import { checkReferences } from "../../../../workflows/catalogue/steps/check-references"
import { storeCurrency } from "../../../../workflows/catalogue/utils/base-prices"
import { pricePlan } from "../../../../workflows/catalogue/utils/price-plan"
import type { AdminPriceChangeBodyType } from "./validators"

const invalid = (message: string) => new MedusaError(MedusaError.Types.INVALID_DATA, message)

/** Checks a bulk price request beyond its shape, then works out its plan. */
export async function planOf(scope: MedusaContainer, body: AdminPriceChangeBodyType) {
  const { genre_id, media_type_id, artist_id, album_id } = body.scope
  if (!genre_id && !media_type_id && !artist_id && !album_id) {
    throw invalid("scope: name at least one of genre_id, media_type_id, artist_id, album_id")
  }
  const { mode, value } = body.change
  if (mode === "set" && value < 0) throw invalid("change.value: a price cannot be below 0")
  if (mode === "percent" && (value < -100 || value > 1000)) throw invalid("change.value: a percentage from -100 to 1000")
  await checkReferences(scope, [
    ...(genre_id ? [{ field: "scope.genre_id", kind: "genre" as const, id: genre_id }] : []),
    ...(media_type_id ? [{ field: "scope.media_type_id", kind: "media_type" as const, id: media_type_id }] : []),
    ...(artist_id ? [{ field: "scope.artist_id", kind: "artist" as const, id: artist_id }] : []),
    ...(album_id ? [{ field: "scope.album_id", kind: "album" as const, id: album_id }] : []),
  ])
  return pricePlan(scope, { scope: body.scope, targets: body.targets, change: body.change, currency_code: await storeCurrency(scope) })
}
