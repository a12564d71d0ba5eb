import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ownedVariantIds } from "../../../library/owned-variants"

/**
 * GET /store/customers/me/library/variants: the product variants that sell
 * what the logged-in customer owns (each owned track's, and the full-album
 * variant of an album owned whole), so that any track list can say "In your
 * library" where it would offer to buy.
 */
export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const variant_ids = await ownedVariantIds(req.scope, req.auth_context.actor_id)
  res.json({ variant_ids })
}
