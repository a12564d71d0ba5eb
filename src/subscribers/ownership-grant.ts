import type { SubscriberArgs, SubscriberConfig } from "@medusajs/framework"
import { grantOwnershipWorkflow } from "../workflows/ownership/grant-ownership"

/**
 * A placed order's customer owns what it sold. Delivered twice, the event
 * records nothing twice; if this fails, the retry job (src/jobs/retry-ownership.ts)
 * records the order later, and staff see it meanwhile.
 */
export default async function ownershipGrant({ event: { data }, container }: SubscriberArgs<{ id: string }>) {
  if (data?.id) await grantOwnershipWorkflow(container).run({ input: { order_ids: [data.id] } })
}

export const config: SubscriberConfig = { event: "order.placed", context: { subscriberId: "ownership-grant" } }
