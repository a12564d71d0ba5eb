import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { getEmployee, listEmployees } from "../../../lib/staff/employees"
import { createEmployeeWorkflow } from "../../../workflows/staff/create-employee"
import { toEmployeeData, type AdminCreateEmployeeType, type AdminListEmployeesParamsType } from "./validators"

/**
 * GET /admin/employees?q=: every employee (a handful: no paging) with
 * `reports_to`, the manager's id, from which the admin draws the hierarchy;
 * also each one's customer count, staff login and sales totals.
 */
export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const { q } = req.validatedQuery as AdminListEmployeesParamsType
  const employees = await listEmployees(req.scope, q)
  res.json({ employees, count: employees.length })
}

/** POST /admin/employees: a new employee (first_name, last_name, email required; reports_to optional). */
export async function POST(req: AuthenticatedMedusaRequest<AdminCreateEmployeeType>, res: MedusaResponse) {
  const { result } = await createEmployeeWorkflow(req.scope).run({ input: toEmployeeData(req.validatedBody) as any })
  res.status(201).json({ employee: await getEmployee(req.scope, result.id) })
}
