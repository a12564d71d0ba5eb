import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { deliverDigitalOrders } from "../../src/workflows/orders/deliver-digital-orders"

/**
 * Imported orders are history: their music was delivered long ago, so each
 * gets its digital fulfilment, marked delivered (staff see "Delivered", not
 * "Not fulfilled"). The ownership event's subscriber leaves them to this
 * pass; orders already delivered (a re-run) cost one read.
 * Returns how many orders it delivered.
 */
export async function deliverImportedOrders(container: MedusaContainer): Promise<number> {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data: orders } = await query.graph({
    entity: "order",
    fields: ["id", "status", "metadata", "fulfillments.delivered_at", "fulfillments.canceled_at"],
  })
  const delivered = (o: any) => (o.fulfillments ?? []).some((f: any) => f?.delivered_at && !f.canceled_at)
  const todo = orders
    .filter((o: any) => o.metadata?.chinook_invoice_id && o.status !== "canceled" && !delivered(o))
    .map((o: any) => o.id)
  return (await deliverDigitalOrders(container, todo)).length
}
