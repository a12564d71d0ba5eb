import type { CreateOrderDTO } from "@medusajs/framework/types"
import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { createOrdersStep } from "@medusajs/medusa/core-flows"
import { orderAmount } from "./utils/order-amount"
import { recordPayments } from "./utils/record-payments"

export type CreatePaidOrdersInput = {
  /** Each order's total is the sum of its items; the payment captures it. */
  orders: (CreateOrderDTO & { created_at?: Date })[]
  provider_id: string
}

/**
 * Creates completed orders that were paid in full, such as a shop's sales
 * history imported from another system.
 */
export const createPaidOrdersWorkflow = createWorkflow("create-paid-orders", (input: CreatePaidOrdersInput) => {
  const orders = createOrdersStep(input.orders as CreateOrderDTO[])

  const payments = transform({ orders, input }, ({ orders, input }) =>
    orders.map((o, i) => ({
      order_id: o.id,
      amount: orderAmount(input.orders[i].items ?? []),
      currency_code: o.currency_code,
      provider_id: input.provider_id,
    }))
  )
  recordPayments(payments)

  return new WorkflowResponse(orders)
})
