import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { planOf } from "../../catalogue/price-request"
import type { AdminPriceChangeBodyType } from "../../catalogue/validators"

/**
 * POST /admin/music/prices/preview { scope: { genre_id?, media_type_id?, artist_id?, album_id? }, targets, change: { mode, value } }:
 * what a bulk price change would do, changing nothing: each variant with its
 * old and new price, the count, what is already at that price or skipped,
 * and a token that apply checks.
 */
export async function POST(req: AuthenticatedMedusaRequest<AdminPriceChangeBodyType>, res: MedusaResponse) {
  res.json(await planOf(req.scope, req.validatedBody))
}
