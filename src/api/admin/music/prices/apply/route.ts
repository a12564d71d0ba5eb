import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { setCataloguePricesWorkflow } from "../../../../../workflows/catalogue/set-prices"
import { planOf } from "../../catalogue/price-request"
import { httpError } from "../../catalogue/records"
import type { AdminPriceChangeBodyType } from "../../catalogue/validators"

/**
 * POST /admin/music/prices/apply: the same body as preview (with its
 * `token`): works the plan out again and, when it is still the one
 * previewed, sets exactly those prices in one workflow. A plan that changed
 * since (prices or the catalogue moved) is refused with 409: preview again.
 */
export async function POST(req: AuthenticatedMedusaRequest<AdminPriceChangeBodyType>, res: MedusaResponse) {
  const plan = await planOf(req.scope, req.validatedBody)
  if (req.validatedBody.token && req.validatedBody.token !== plan.token) {
    throw httpError(409, "token: the prices in this scope changed since the preview; preview again")
  }
  if (plan.variants.length) {
    await setCataloguePricesWorkflow(req.scope).run({
      input: {
        currency_code: plan.currency_code,
        prices: plan.variants.map((v) => ({ variant_id: v.variant_id, price_set_id: v.price_set_id, amount: v.new_amount })),
      },
    })
  }
  res.json({ ...plan, applied: true })
}
