import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { deliverDigitalOrders } from "../../src/workflows/orders/deliver-digital-orders"

/**
 * Imported orders are history: their music was delivered long ago, so each
 * gets its digital fulfilment, marked delivered (staff see "Delivered", not
 * "Not fulfilled"). Orders already delivered (a re-run, or on
 * `music.ownership_granted`) cost one read. Returns how many orders it delivered.
 */
export async function deliverImportedOrders(container: MedusaContainer): Promise<number> {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data: orders } = await query.graph({
    entity: "order",
    fields: ["id", "status", "metadata", "fulfillments.delivered_at", "fulfillments.canceled_at"],
  })
  // Also those whose delivery on the ownership event is still under way here:
  // the workflow waits for it, then finds nothing left to do.
  const delivered = (o: any) => (o.fulfillments ?? []).some((f: any) => f?.delivered_at && !f.canceled_at)
  const todo = orders
    .filter((o: any) => o.metadata?.chinook_invoice_id && o.status !== "canceled" && !delivered(o))
    .map((o: any) => o.id)
  return (await deliverDigitalOrders(container, todo)).length
}
