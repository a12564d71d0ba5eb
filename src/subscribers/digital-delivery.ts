import type { SubscriberArgs, SubscriberConfig } from "@medusajs/framework"
import { deliverDigitalOrdersWorkflow } from "../workflows/orders/deliver-digital-orders"
import { OWNERSHIP_GRANTED_EVENT } from "../workflows/ownership/events"

/**
 * The customer owns the music from now on: the order is delivered. Safe to
 * receive twice (the workflow leaves a fulfilled order alone).
 */
export default async function digitalDelivery({ event: { data }, container }: SubscriberArgs<{ order_id: string }>) {
  if (!data?.order_id) return
  await deliverDigitalOrdersWorkflow(container).run({ input: { order_ids: [data.order_id] } })
}

export const config: SubscriberConfig = {
  event: OWNERSHIP_GRANTED_EVENT,
  context: { subscriberId: "digital-delivery" },
}
