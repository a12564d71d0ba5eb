import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { getEmployee } from "../../../../../lib/staff/employees"
import { inviteEmployeeWorkflow } from "../../../../../workflows/staff/invite-employee"

/**
 * POST /admin/employees/:id/invite: a staff login for the employee through
 * Medusa's invite flow (an email with the admin's accept link; a pending
 * invite is sent again with a new token). A staff user who already has the
 * address is linked instead. Refused when the employee has a login, or the
 * address is a customer's.
 */
export async function POST(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const { result } = await inviteEmployeeWorkflow(req.scope).run({ input: { employee_id: req.params.id } })
  res.status(result.action === "linked" ? 200 : 201).json({ ...result, employee: await getEmployee(req.scope, req.params.id) })
}
