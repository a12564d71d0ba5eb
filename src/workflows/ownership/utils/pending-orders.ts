import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { OWNERSHIP_MODULE } from "../../../modules/ownership"
import type OwnershipModuleService from "../../../modules/ownership/service"
import { amountOf } from "../../orders/utils/order-amount"

export type PendingOrder = {
  id: string
  display_id: number | null
  email: string | null
  customer_id: string | null
  created_at: string
  total: number
}

export type PendingFilter = {
  /** How far back to look. */
  days: number
  /** Orders younger than this are left to their order.placed subscriber. */
  settle_ms?: number
  /** At most this many orders are looked at (newest first). */
  max?: number
}

const DAY = 24 * 60 * 60 * 1000

/**
 * Placed, not canceled orders of the last `days` days that sell music and
 * have no ledger row: their ownership was never recorded (the event was
 * lost or its workflow failed).
 */
export async function pendingOwnershipOrders(container: MedusaContainer, f: PendingFilter): Promise<PendingOrder[]> {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const ownership: OwnershipModuleService = container.resolve(OWNERSHIP_MODULE)
  const now = Date.now()
  const { data: orders } = await query.graph({
    entity: "order",
    fields: ["id", "items.product_id"],
    filters: {
      created_at: { $gte: new Date(now - f.days * DAY), $lte: new Date(now - (f.settle_ms ?? 0)) },
      status: { $nin: ["canceled", "draft"] },
    },
    pagination: { take: f.max ?? 1000, skip: 0, order: { created_at: "DESC" } },
  })
  if (!orders.length) return []
  const recorded = new Set(await ownership.listRecordedOrderIds(orders.map((o: any) => o.id)))
  const candidates = orders.filter((o: any) => !recorded.has(o.id))
  // Only orders of music: a product sold outside the catalogue has nothing to own.
  const productIds = [...new Set(candidates.flatMap((o: any) => (o.items ?? []).map((i: any) => i?.product_id)).filter(Boolean))]
  const { data: albums } = productIds.length
    ? await query.graph({ entity: "product", fields: ["id", "album.id"], filters: { id: productIds } })
    : { data: [] as any[] }
  const music = new Set(albums.filter((p: any) => p.album?.id).map((p: any) => p.id))
  const pending = candidates.filter((o: any) => (o.items ?? []).some((i: any) => music.has(i?.product_id))).map((o: any) => o.id)
  if (!pending.length) return []
  // Totals are worked out per order by Medusa: only for the few pending ones.
  const { data: details } = await query.graph({
    entity: "order",
    fields: ["id", "display_id", "email", "customer_id", "created_at", "total"],
    filters: { id: pending },
    pagination: { take: pending.length, skip: 0, order: { created_at: "DESC" } },
  })
  return details.map((o: any) => ({
    id: o.id,
    display_id: o.display_id ?? null,
    email: o.email ?? null,
    customer_id: o.customer_id ?? null,
    created_at: new Date(o.created_at).toISOString(),
    total: amountOf(o.total),
  }))
}
