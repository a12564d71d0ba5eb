import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { getSupportRequest } from "../../../../lib/support/requests"
import { updateSupportRequestWorkflow } from "../../../../workflows/support/update-support-request"
import type { AdminUpdateSupportRequestType } from "../validators"

/** GET /admin/support-requests/:id: the request, its customer and order, and the whole thread. */
export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  res.json({ support_request: await getSupportRequest(req.scope, req.params.id, { admin: true }) })
}

/** POST /admin/support-requests/:id {status?, assignee_id?}: set the status, or give the request to another employee (null: nobody). */
export async function POST(req: AuthenticatedMedusaRequest<AdminUpdateSupportRequestType>, res: MedusaResponse) {
  await updateSupportRequestWorkflow(req.scope).run({ input: { id: req.params.id, ...req.validatedBody } })
  res.json({ support_request: await getSupportRequest(req.scope, req.params.id, { admin: true }) })
}
