import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { useQueryGraphStep } from "@medusajs/medusa/core-flows"
import { amountOf } from "./utils/order-amount"
import { recordPayments } from "./utils/record-payments"

export type PayOrdersInput = { order_ids: string[]; provider_id: string }

/**
 * Records that existing orders were paid in full, for their total: what an import stopped between creating orders and paying for
 * them leaves to finish.
 */
export const payOrdersWorkflow = createWorkflow("pay-orders", (input: PayOrdersInput) => {
  const { data: orders } = useQueryGraphStep({
    entity: "order",
    fields: ["id", "currency_code", "total"],
    filters: { id: input.order_ids },
  })
  const payments = transform({ orders, input }, ({ orders, input }) =>
    orders.map((o: any) => ({
      order_id: o.id,
      amount: amountOf(o.total),
      currency_code: o.currency_code,
      provider_id: input.provider_id,
    }))
  )
  return new WorkflowResponse(recordPayments(payments))
})
