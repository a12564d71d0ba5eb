import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { listSupportRequests } from "../../../lib/support/requests"
import type { AdminListSupportRequestsParamsType } from "./validators"

/**
 * GET /admin/support-requests?status=&assignee_id=&customer_id=&q=&limit=&offset=:
 * the support queue, latest activity first. `assignee_id=none` lists
 * requests nobody has; `q` matches subject, message, the request number and
 * the customer's name or email.
 */
export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const { limit, offset, status, assignee_id, customer_id, q } = req.validatedQuery as AdminListSupportRequestsParamsType
  const { requests, count } = await listSupportRequests(
    req.scope,
    { status, customer_id, q, assignee_id: assignee_id === "none" ? null : assignee_id },
    { limit, offset },
    { admin: true }
  )
  res.json({ support_requests: requests, count, limit, offset })
}
