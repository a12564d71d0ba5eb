import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { getSupportRequest } from "../../../../../../lib/support/requests"

/** GET /store/customers/me/support-requests/:id: one of the customer's requests with its thread (another's is 404). */
export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const support_request = await getSupportRequest(req.scope, req.params.id, { customer_id: req.auth_context.actor_id })
  res.json({ support_request })
}
