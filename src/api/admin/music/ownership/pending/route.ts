import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { pendingOwnershipOrders } from "../../../../../workflows/ownership/utils/pending-orders"
import type { AdminGetPendingOwnershipParamsType } from "../validators"

/**
 * GET /admin/music/ownership/pending?days=&settle_seconds=: placed orders of
 * music whose ownership is not recorded (the retry job records them every
 * five minutes), for staff to see that nothing bought is lost.
 */
export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const { days, settle_seconds } = req.validatedQuery as AdminGetPendingOwnershipParamsType
  const orders = await pendingOwnershipOrders(req.scope, { days, settle_ms: settle_seconds * 1000, max: 1000 })
  res.json({ orders, count: orders.length, days })
}
