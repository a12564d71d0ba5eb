import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { setSupportRepWorkflow } from "../../../../../../workflows/staff/set-support-rep"
import type { AdminSetSupportRepType } from "../../validators"

/**
 * POST /admin/music/customers/:id/support-rep {employee_id}: another
 * employee becomes the customer's support rep (null: none); their open and
 * pending support requests go with the customer to the new rep. Sales
 * already made stay with the rep the ledger recorded.
 */
export async function POST(req: AuthenticatedMedusaRequest<AdminSetSupportRepType>, res: MedusaResponse) {
  const { result } = await setSupportRepWorkflow(req.scope).run({
    input: { customer_id: req.params.id, employee_id: req.validatedBody.employee_id },
  })
  res.json({
    customer_id: result.customer_id,
    previous_employee_id: result.from,
    employee_id: result.to,
    reassigned_request_ids: result.reassigned_request_ids,
  })
}
