import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { getSupportRequest, staffAuthorName } from "../../../../../lib/support/requests"
import { addSupportReplyWorkflow } from "../../../../../workflows/support/add-support-reply"
import type { AdminCreateSupportReplyType } from "../../validators"

/**
 * POST /admin/support-requests/:id/replies {body, status?}: a staff reply,
 * signed with the staff member's employee name; the customer gets it by
 * email. The request becomes `pending` (waiting for the customer) unless a
 * status is given.
 */
export async function POST(req: AuthenticatedMedusaRequest<AdminCreateSupportReplyType>, res: MedusaResponse) {
  const userId = req.auth_context.actor_id
  await addSupportReplyWorkflow(req.scope).run({
    input: {
      request_id: req.params.id,
      author_type: "staff",
      author_id: userId,
      author_name: (await staffAuthorName(req.scope, userId)) ?? "Chinook Records support",
      body: req.validatedBody.body,
      status: req.validatedBody.status,
    },
  })
  res.status(201).json({ support_request: await getSupportRequest(req.scope, req.params.id, { admin: true }) })
}
