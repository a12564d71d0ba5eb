import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { customerAuthorName, getSupportRequest } from "../../../../../../../lib/support/requests"
import { addSupportReplyWorkflow } from "../../../../../../../workflows/support/add-support-reply"
import type { StoreCreateSupportReplyType } from "../../validators"

/**
 * POST /store/customers/me/support-requests/:id/replies {body}: the customer
 * writes in their request's thread; the request is open again (waiting for staff).
 */
export async function POST(req: AuthenticatedMedusaRequest<StoreCreateSupportReplyType>, res: MedusaResponse) {
  const customerId = req.auth_context.actor_id
  await addSupportReplyWorkflow(req.scope).run({
    input: {
      request_id: req.params.id,
      customer_id: customerId,
      author_type: "customer",
      author_id: customerId,
      author_name: await customerAuthorName(req.scope, customerId),
      body: req.validatedBody.body,
    },
  })
  const support_request = await getSupportRequest(req.scope, req.params.id, { customer_id: customerId })
  res.status(201).json({ support_request })
}
