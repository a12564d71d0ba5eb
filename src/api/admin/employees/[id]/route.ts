import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { getEmployee } from "../../../../lib/staff/employees"
import { deleteEmployeeWorkflow } from "../../../../workflows/staff/delete-employee"
import { employeeDeletion } from "../../../../workflows/staff/steps/check-employee-deletable"
import { httpError } from "../../music/catalogue/records"
import { updateEmployeeWorkflow } from "../../../../workflows/staff/update-employee"
import { toEmployeeData, type AdminUpdateEmployeeType } from "../validators"

/** GET /admin/employees/:id: the employee, their manager and reports, staff login, customer count and sales. */
export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  res.json({ employee: await getEmployee(req.scope, req.params.id) })
}

/** POST /admin/employees/:id: edit; `reports_to` moves them in the hierarchy (never into a loop). */
export async function POST(req: AuthenticatedMedusaRequest<AdminUpdateEmployeeType>, res: MedusaResponse) {
  await updateEmployeeWorkflow(req.scope).run({ input: { id: req.params.id, ...toEmployeeData(req.validatedBody) } as any })
  res.json({ employee: await getEmployee(req.scope, req.params.id) })
}

/**
 * DELETE /admin/employees/:id: deletes an employee and revokes their staff
 * login; 409 (saying how many) while they still have customers or reports,
 * who must be given to someone else first.
 */
export async function DELETE(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  // Medusa's error handler hides a MedusaError CONFLICT's message: the refusal is answered here.
  const { refusal } = await employeeDeletion(req.scope, req.params.id)
  if (refusal) throw httpError(409, refusal)
  const { result } = await deleteEmployeeWorkflow(req.scope).run({ input: { id: req.params.id } })
  res.json({
    id: result.id,
    object: "employee",
    deleted: true,
    revoked_user_id: result.revoked_user_id,
    unassigned_request_ids: result.unassigned_request_ids,
  })
}
