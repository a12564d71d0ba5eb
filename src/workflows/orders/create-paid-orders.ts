import type { CreateOrderDTO } from "@medusajs/framework/types"
import { Modules } from "@medusajs/framework/utils"
import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { createOrdersStep, createRemoteLinkStep } from "@medusajs/medusa/core-flows"
import { captureOrderPaymentsStep } from "./steps/capture-order-payments"

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
      // Whole cents, so the sum of many 0.99s does not drift.
      amount:
        (input.orders[i].items ?? []).reduce(
          (cents, item) => cents + Math.round(Number(item.unit_price) * 100) * Number(item.quantity),
          0
        ) / 100,
      currency_code: o.currency_code,
      provider_id: input.provider_id,
    }))
  )
  const captured = captureOrderPaymentsStep(payments)

  const links = transform({ captured }, ({ captured }) =>
    captured.map((c) => ({
      [Modules.ORDER]: { order_id: c.order_id },
      [Modules.PAYMENT]: { payment_collection_id: c.payment_collection_id },
    }))
  )
  createRemoteLinkStep(links)

  return new WorkflowResponse(orders)
})
