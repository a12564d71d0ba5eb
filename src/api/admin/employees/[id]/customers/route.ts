import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { employeeCustomers } from "../../../../../lib/staff/employees"
import type { AdminEmployeeCustomersParamsType } from "../../validators"

/** GET /admin/employees/:id/customers?limit=&offset=: the customers this employee is support rep of, with their lifetime spend. */
export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const { limit, offset } = req.validatedQuery as AdminEmployeeCustomersParamsType
  const { customers, count } = await employeeCustomers(req.scope, req.params.id, { limit, offset })
  res.json({ customers, count, limit, offset })
}
