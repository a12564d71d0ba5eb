import { MathBN } from "@medusajs/framework/utils"
import { createWorkflow, transform, when, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import {
  acquireLockStep,
  createOrderFulfillmentWorkflow,
  markOrderFulfillmentAsDeliveredWorkflow,
  releaseLockStep,
  useQueryGraphStep,
} from "@medusajs/medusa/core-flows"
import { DIGITAL_DELIVERY } from "../../lib/digital-delivery"

export type DeliverDigitalOrderInput = { order_id: string }

/** fulfillment_id: the fulfilment this run delivered, null when there was nothing to deliver. */
export type DeliverDigitalOrderResult = { order_id: string; fulfillment_id: string | null }

/**
 * Records a music order as delivered: a fulfilment of everything not yet
 * fulfilled, made through the digital delivery option's manual provider and
 * marked delivered at once, so staff see the order "Delivered", not
 * "Not fulfilled". Orders with no shipping method (imported ones, carts
 * completed without a shipping step) are fulfilled through the digital option
 * too. Idempotent: a canceled order or one with nothing left to fulfil is
 * left alone (but a digital fulfilment a stopped run left undelivered is
 * marked delivered), and a lock per order keeps two deliveries of one event
 * from fulfilling it twice.
 */
export const deliverDigitalOrderWorkflow = createWorkflow("deliver-digital-order", (input: DeliverDigitalOrderInput) => {
  const lockKey = transform({ input }, ({ input }) => `deliver-digital-order:${input.order_id}`)
  acquireLockStep({ key: lockKey, timeout: 30, ttl: 120 })

  const { data: orders } = useQueryGraphStep({
    entity: "order",
    fields: [
      "id",
      "status",
      // An order line's quantities live on its detail (Medusa's order item).
      "items.id",
      "items.detail.quantity",
      "items.detail.fulfilled_quantity",
      "shipping_methods.shipping_option_id",
      "fulfillments.id",
      "fulfillments.shipping_option_id",
      "fulfillments.delivered_at",
      "fulfillments.canceled_at",
    ],
    filters: { id: input.order_id },
    options: { throwIfKeyNotFound: true },
  }).config({ name: "get-order-to-deliver" })

  const { data: options } = useQueryGraphStep({
    entity: "shipping_option",
    fields: ["id", "service_zone.name"],
    filters: { name: DIGITAL_DELIVERY },
  }).config({ name: "get-digital-shipping-option" })

  const plan = transform({ orders, options }, ({ orders, options }) => {
    const order: any = orders[0]
    const items = order.status === "canceled"
      ? []
      : (order.items ?? [])
          .map((i: any) => ({ id: i.id, quantity: MathBN.sub(i.detail?.quantity ?? 0, i.detail?.fulfilled_quantity ?? 0) }))
          .filter((i: any) => MathBN.gt(i.quantity, 0))
          .map((i: any) => ({ id: i.id, quantity: MathBN.convert(i.quantity).toNumber() }))
    const digital = (options as any[]).find((o) => o.service_zone?.name === DIGITAL_DELIVERY)?.id
    const shipping_option_id: string | undefined = order.shipping_methods?.[0]?.shipping_option_id ?? digital
    if (items.length && !shipping_option_id) {
      throw new Error(`Order ${order.id} cannot be delivered: the store has no "${DIGITAL_DELIVERY}" shipping option (run the store setup).`)
    }
    // Made by a delivery that stopped between fulfilling and marking delivered.
    const undelivered = order.status === "canceled"
      ? undefined
      : (order.fulfillments ?? []).find(
          (f: any) => f && !f.delivered_at && !f.canceled_at && f.shipping_option_id === shipping_option_id
        )?.id
    return { order_id: order.id as string, items, shipping_option_id, undelivered_id: undelivered as string | undefined }
  })

  const fulfillment = when("order-has-items-to-deliver", { plan }, ({ plan }) => plan.items.length > 0).then(() => {
    const created = createOrderFulfillmentWorkflow.runAsStep({
      input: {
        order_id: plan.order_id,
        items: plan.items,
        shipping_option_id: plan.shipping_option_id,
        no_notification: true,
      },
    })
    markOrderFulfillmentAsDeliveredWorkflow.runAsStep({
      input: { orderId: plan.order_id, fulfillmentId: created.id, no_notification: true },
    })
    return created
  })

  const finished = when("order-has-undelivered-fulfillment", { plan }, ({ plan }) => !plan.items.length && !!plan.undelivered_id).then(() => {
    // A second use of the same workflow as a step needs its own step name
    // (its result type, undefined, hides `config` from TypeScript).
    const marked: any = markOrderFulfillmentAsDeliveredWorkflow.runAsStep({
      input: { orderId: plan.order_id, fulfillmentId: plan.undelivered_id!, no_notification: true },
    })
    marked.config({ name: "mark-earlier-fulfillment-delivered" })
    return plan.undelivered_id
  })

  releaseLockStep({ key: lockKey })

  const result = transform({ plan, fulfillment, finished }, ({ plan, fulfillment, finished }): DeliverDigitalOrderResult => ({
    order_id: plan.order_id,
    fulfillment_id: fulfillment?.id ?? finished ?? null,
  }))
  return new WorkflowResponse(result)
})
