import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"

/** The customer's support rep (employee ↔ customer link), or null when they have none. */
export const findSupportRepStep = createStep("find-support-rep", async (input: { customer_id: string }, { container }) => {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const {
    data: [customer],
  } = await query.graph({ entity: "customer", fields: ["id", "employee.id"], filters: { id: input.customer_id } })
  return new StepResponse(((customer as any)?.employee?.id as string | undefined) ?? null)
})
