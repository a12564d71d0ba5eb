import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { OWNERSHIP_MODULE } from "../../modules/ownership"
import type OwnershipModuleService from "../../modules/ownership/service"
import { readOrderSales } from "../ownership/utils/order-sales"

/** Past this, an unrecorded order is the retry job's business, not a cart's. */
const RECENT_MS = 24 * 60 * 60 * 1000

/**
 * Tracks the customer bought in orders already placed whose ownership is not
 * recorded yet: order.placed is handled after the order exists, so for a few
 * seconds (longer if the event is retried) a purchase is in no library. A
 * cart checked in that window must still count them as owned.
 */
export async function unrecordedPurchasedTrackIds(container: MedusaContainer, customerId: string): Promise<string[]> {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data: orders } = await query.graph({
    entity: "order",
    fields: ["id"],
    filters: {
      customer_id: customerId,
      created_at: { $gte: new Date(Date.now() - RECENT_MS) },
      status: { $nin: ["canceled", "draft"] },
    },
  })
  if (!orders.length) return []
  const ownership: OwnershipModuleService = container.resolve(OWNERSHIP_MODULE)
  const recorded = new Set(await ownership.listRecordedOrderIds(orders.map((o: any) => o.id)))
  const pending = orders.map((o: any) => o.id as string).filter((id) => !recorded.has(id))
  if (!pending.length) return []
  const { owned } = await readOrderSales(container, pending)
  return owned.filter((o) => o.customer_id === customerId).map((o) => o.track_id)
}

/** Which of these tracks the customer owns, counting purchases not yet recorded. */
export async function ownedForCart(container: MedusaContainer, customerId: string, trackIds: string[]): Promise<Set<string>> {
  if (!trackIds.length) return new Set()
  const ownership: OwnershipModuleService = container.resolve(OWNERSHIP_MODULE)
  // In this order, not at once: an order the worker records between the two
  // reads would otherwise be in neither (not yet owned when ownership was
  // read, already recorded when the unrecorded orders were). Read second,
  // ownership includes whatever was recorded after the first read.
  const placed = await unrecordedPurchasedTrackIds(container, customerId)
  const recorded = await ownership.listOwnedTrackIds(customerId, [...new Set(trackIds)])
  const asked = new Set(trackIds)
  return new Set([...recorded, ...placed.filter((id) => asked.has(id))])
}
