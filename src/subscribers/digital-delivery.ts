import type { SubscriberArgs, SubscriberConfig } from "@medusajs/framework"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { deliverDigitalOrdersWorkflow } from "../workflows/orders/deliver-digital-orders"
import { OWNERSHIP_GRANTED_EVENT } from "../workflows/ownership/events"

/**
 * The customer owns the music from now on: the order is delivered. Safe to
 * receive twice (the workflow leaves a delivered order alone).
 * Imported Chinook orders are left to the import, which delivers them in
 * batches once they are all made (data/seed/deliveries.ts): one workflow per
 * event for hundreds of orders at once would slow the import and contend
 * with its own pass for each order's lock.
 */
export default async function digitalDelivery({ event: { data }, container }: SubscriberArgs<{ order_id: string }>) {
  if (!data?.order_id) return
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data: [order] } = await query.graph({ entity: "order", fields: ["id", "metadata"], filters: { id: data.order_id } })
  if (!order || (order.metadata as any)?.chinook_invoice_id) return
  await deliverDigitalOrdersWorkflow(container).run({ input: { order_ids: [data.order_id] } })
}

export const config: SubscriberConfig = {
  event: OWNERSHIP_GRANTED_EVENT,
  context: { subscriberId: "digital-delivery" },
}
