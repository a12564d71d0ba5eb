import type { SubscriberArgs, SubscriberConfig } from "@medusajs/framework"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { revokeOwnershipWorkflow } from "../workflows/ownership/revoke-ownership"

/** The order a payment paid for, through the order–payment collection link. */
async function orderOfPayment(container: SubscriberArgs["container"], paymentId: string): Promise<string | undefined> {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data: payments } = await query.graph({ entity: "payment", fields: ["payment_collection_id"], filters: { id: paymentId } })
  const collection = payments[0]?.payment_collection_id
  if (!collection) return undefined
  const { data: links } = await query.graph({
    entity: "order_payment_collection",
    fields: ["order_id"],
    filters: { payment_collection_id: collection },
  })
  return links[0]?.order_id
}

/**
 * Staff cancel an order (`order.canceled`, order id) or refund a payment
 * (`payment.refunded`, payment id): what was taken back is no longer owned
 * and leaves the sales figures. Canceling also refunds, but emits only its
 * own event; both lead to the same reconciliation, idempotent.
 */
export default async function ownershipRevoke({ event: { name, data }, container }: SubscriberArgs<{ id: string }>) {
  if (!data?.id) return
  const orderId = name === "payment.refunded" ? await orderOfPayment(container, data.id) : data.id
  if (orderId) await revokeOwnershipWorkflow(container).run({ input: { order_ids: [orderId] } })
}

export const config: SubscriberConfig = { event: ["order.canceled", "payment.refunded"], context: { subscriberId: "ownership-revoke" } }
