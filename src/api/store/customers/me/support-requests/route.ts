import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { getSupportRequest, listSupportRequests } from "../../../../../lib/support/requests"
import { createSupportRequestWorkflow } from "../../../../../workflows/support/create-support-request"
import type { StoreCreateSupportRequestType, StoreListSupportRequestsParamsType } from "./validators"

/** GET /store/customers/me/support-requests?limit=&offset=&status=: the customer's own requests, latest activity first. */
export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const { limit, offset, status } = req.validatedQuery as StoreListSupportRequestsParamsType
  const { requests, count } = await listSupportRequests(
    req.scope,
    { customer_id: req.auth_context.actor_id, status: status ? [status] : undefined },
    { limit, offset }
  )
  res.json({ support_requests: requests, count, limit, offset })
}

/**
 * POST /store/customers/me/support-requests {subject, message, order_id?}:
 * opens a request, assigned to the customer's support rep; an order must be
 * the customer's own (400 naming order_id otherwise).
 */
export async function POST(req: AuthenticatedMedusaRequest<StoreCreateSupportRequestType>, res: MedusaResponse) {
  const body = req.validatedBody
  const { result } = await createSupportRequestWorkflow(req.scope).run({
    input: { customer_id: req.auth_context.actor_id, subject: body.subject, message: body.message, order_id: body.order_id ?? null },
  })
  const support_request = await getSupportRequest(req.scope, result.id, { customer_id: req.auth_context.actor_id })
  res.status(201).json({ support_request })
}
