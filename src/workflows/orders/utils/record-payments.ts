import { Modules } from "@medusajs/framework/utils"
import { transform, type WorkflowData } from "@medusajs/framework/workflows-sdk"
import { createRemoteLinkStep } from "@medusajs/medusa/core-flows"
import { captureOrderPaymentsStep, type OrderPaymentInput } from "../steps/capture-order-payments"

/** Captures each order's payment and links the payment collection to the order. */
export function recordPayments(payments: WorkflowData<OrderPaymentInput[]>) {
  const captured = captureOrderPaymentsStep(payments)
  const links = transform({ captured }, ({ captured }) =>
    captured.map((c) => ({
      [Modules.ORDER]: { order_id: c.order_id },
      [Modules.PAYMENT]: { payment_collection_id: c.payment_collection_id },
    }))
  )
  createRemoteLinkStep(links)
  return captured
}
