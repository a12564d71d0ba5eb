import type { MedusaContainer } from "@medusajs/framework/types"
import { FulfillmentWorkflowEvents, MathBN, OrderWorkflowEvents } from "@medusajs/framework/utils"
import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { acquireLockStep, emitEventStep, releaseLockStep, useQueryGraphStep } from "@medusajs/medusa/core-flows"
import { DIGITAL_DELIVERY } from "../../lib/digital-delivery"
import {
  deliverFulfillmentsStep,
  type DeliveredOrder,
  type NewDigitalDelivery,
  type UnfinishedDelivery,
} from "./steps/deliver-fulfillments"

export type DeliverDigitalOrdersInput = { order_ids: string[] }
export type { DeliveredOrder }

/**
 * Records music orders as delivered: a fulfilment of every line not yet
 * fulfilled, through the "Digital delivery" option's manual provider, marked
 * delivered at once, so staff see "Delivered", not "Not fulfilled". Orders
 * with no shipping method (imported ones, carts completed without a shipping
 * step) are delivered the same way.
 * Idempotent: canceled orders and orders with nothing left to fulfil are left
 * alone (a digital fulfilment an interrupted run left undelivered is marked
 * delivered), and a lock per order keeps two runs for one order (an event
 * delivered twice, the import next to the subscriber) from fulfilling it twice.
 * Returns the orders this run delivered.
 */
export const deliverDigitalOrdersWorkflow = createWorkflow("deliver-digital-orders", (input: DeliverDigitalOrdersInput) => {
  const lockKeys = transform({ input }, ({ input }) => input.order_ids.map((id) => `deliver-digital-order:${id}`))
  // Generous: the import's pass may wait for deliveries the ownership events started.
  acquireLockStep({ key: lockKeys, timeout: 120, ttl: 600 })

  const { data: orders } = useQueryGraphStep({
    entity: "order",
    fields: [
      "id",
      "status",
      "items.id",
      "items.title",
      "items.variant_title",
      "items.variant_sku",
      "items.variant_barcode",
      // An order line's quantities live on its detail (Medusa's order item).
      "items.detail.quantity",
      "items.detail.fulfilled_quantity",
      "fulfillments.id",
      "fulfillments.shipping_option_id",
      "fulfillments.delivered_at",
      "fulfillments.canceled_at",
      "fulfillments.items.line_item_id",
      "fulfillments.items.quantity",
    ],
    filters: { id: input.order_ids },
  }).config({ name: "get-orders-to-deliver" })

  const { data: options } = useQueryGraphStep({
    entity: "shipping_option",
    fields: ["id", "provider_id", "service_zone.name", "service_zone.fulfillment_set.location.id"],
    filters: { name: DIGITAL_DELIVERY },
  }).config({ name: "get-digital-shipping-option" })

  const plan = transform({ orders, options }, ({ orders, options }) => {
    const option: any = (options as any[]).find((o) => o.service_zone?.name === DIGITAL_DELIVERY)
    const create: NewDigitalDelivery[] = []
    const finish: UnfinishedDelivery[] = []
    for (const order of orders as any[]) {
      if (order.status === "canceled") continue
      const items = (order.items ?? [])
        .map((i: any) => ({ i, left: MathBN.sub(i.detail?.quantity ?? 0, i.detail?.fulfilled_quantity ?? 0) }))
        .filter(({ left }: any) => MathBN.gt(left, 0))
        .map(({ i, left }: any) => ({
          line_item_id: i.id,
          quantity: MathBN.convert(left).toNumber(),
          title: i.variant_title ?? i.title,
          sku: i.variant_sku ?? "",
          barcode: i.variant_barcode ?? "",
        }))
      if (items.length) {
        if (!option?.service_zone?.fulfillment_set?.location?.id) {
          throw new Error(`Order ${order.id} cannot be delivered: the store has no "${DIGITAL_DELIVERY}" shipping option at a stock location (run the store setup).`)
        }
        create.push({
          order_id: order.id,
          location_id: option.service_zone.fulfillment_set.location.id,
          provider_id: option.provider_id,
          shipping_option_id: option.id,
          items,
        })
        continue
      }
      const unfinished = (order.fulfillments ?? []).find(
        (f: any) => f && !f.delivered_at && !f.canceled_at && option && f.shipping_option_id === option.id
      )
      if (unfinished) {
        finish.push({
          order_id: order.id,
          fulfillment_id: unfinished.id,
          items: (unfinished.items ?? []).map((i: any) => ({ line_item_id: i.line_item_id, quantity: MathBN.convert(i.quantity).toNumber() })),
        })
      }
    }
    return { create, finish }
  })

  const delivered = deliverFulfillmentsStep(plan)

  const events = transform({ delivered }, ({ delivered }) => ({
    created: delivered.map((d) => ({ order_id: d.order_id, fulfillment_id: d.fulfillment_id, no_notification: true })),
    delivered: delivered.map((d) => ({ id: d.fulfillment_id, no_notification: true })),
  }))
  emitEventStep({ eventName: OrderWorkflowEvents.FULFILLMENT_CREATED, data: events.created }).config({ name: "emit-fulfillment-created" })
  emitEventStep({ eventName: FulfillmentWorkflowEvents.DELIVERY_CREATED, data: events.delivered }).config({ name: "emit-delivery-created" })

  releaseLockStep({ key: lockKeys })
  return new WorkflowResponse(delivered)
})

/** Delivers many orders (the import's history) `batch` orders per workflow run. */
export async function deliverDigitalOrders(container: MedusaContainer, orderIds: string[], batch = 50): Promise<DeliveredOrder[]> {
  const delivered: DeliveredOrder[] = []
  for (let i = 0; i < orderIds.length; i += batch) {
    const { result } = await deliverDigitalOrdersWorkflow(container).run({ input: { order_ids: orderIds.slice(i, i + batch) } })
    delivered.push(...result)
  }
  return delivered
}
