import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { readOrderSales } from "../utils/order-sales"

/** Reads what the orders sold (grants and ledger rows); writes nothing. */
export const collectOrderSalesStep = createStep("collect-order-sales", async (orderIds: string[], { container }) => {
  return new StepResponse(await readOrderSales(container, orderIds))
})
