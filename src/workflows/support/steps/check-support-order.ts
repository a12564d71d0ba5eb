import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"

/**
 * A request may name one of the customer's own orders, nothing else. Another
 * customer's order is answered like one that does not exist, so the form
 * tells nobody which order ids are real.
 */
export const checkSupportOrderStep = createStep(
  "check-support-order",
  async (input: { customer_id: string; order_id?: string | null }, { container }) => {
    if (!input.order_id) return new StepResponse(null)
    const query = container.resolve(ContainerRegistrationKeys.QUERY)
    const {
      data: [order],
    } = await query.graph({ entity: "order", fields: ["id", "customer_id"], filters: { id: input.order_id } })
    if (!order || order.customer_id !== input.customer_id) {
      throw new MedusaError(MedusaError.Types.INVALID_DATA, "order_id: you have no order with this id.")
    }
    return new StepResponse(order.id as string)
  }
)
