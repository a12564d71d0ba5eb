import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { customerMusic } from "../customer-music"
import type { AdminCustomerMusicParamsType } from "../validators"

/**
 * GET /admin/music/customers/:id?limit=&offset=: the customer's support rep,
 * owned albums and tracks (counts, and a page of albums), and lifetime spend
 * per currency from the ledger (gross, and net of cancellations and refunds).
 */
export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const { limit, offset } = req.validatedQuery as AdminCustomerMusicParamsType
  res.json(await customerMusic(req.scope, req.params.id, { limit, offset }))
}
