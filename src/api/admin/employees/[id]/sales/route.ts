import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { employeeSales } from "../../../../../lib/staff/employees"

/**
 * GET /admin/employees/:id/sales: what this employee's customers bought, from
 * the ledger (each line keeps the rep it was sold under): totals per
 * currency (gross, net of cancellations and refunds, orders, customers) and
 * net per year.
 */
export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  res.json(await employeeSales(req.scope, req.params.id))
}
