import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { readReversalFacts } from "../utils/order-sales"

/** Reads whether the orders were canceled and what was refunded; writes nothing. */
export const readReversalFactsStep = createStep("read-ownership-reversal-facts", async (orderIds: string[], { container }) => {
  return new StepResponse(await readReversalFacts(container, orderIds))
})
