import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { OWNERSHIP_MODULE } from "../../../modules/ownership"
import type OwnershipModuleService from "../../../modules/ownership/service"
import { amountOf } from "../../orders/utils/order-amount"

export type OrderDrift = {
  order_id: string
  display_id: number | null
  status: string
  /** What the customer finally paid, per Medusa (0 when canceled). */
  medusa: number
  /** The order's ledger lines, amount less reversed amount. */
  ledger: number
  lines: number
}

export type LedgerDrift = {
  orders_checked: number
  medusa_total: number
  ledger_total: number
  ledger_gross: number
  drifts: OrderDrift[]
}

const PAGE = 500
const cents = (v: unknown) => Math.round(amountOf(v) * 100)

/**
 * Compares the sales ledger with Medusa's orders read through Query, order by
 * order: for each order of music (an item whose product sells an album) the
 * ledger's net amount must equal the order's total (which Medusa lowers by
 * refunds), or zero once canceled. An order of music with no ledger row at
 * all drifts by its whole total.
 */
export async function checkLedgerDrift(container: MedusaContainer): Promise<LedgerDrift> {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const ownership: OwnershipModuleService = container.resolve(OWNERSHIP_MODULE)
  const ledger = new Map((await ownership.summarizeOrders(undefined)).map((l) => [l.order_id, l]))
  const musicProducts = new Map<string, boolean>()
  const result: LedgerDrift = { orders_checked: 0, medusa_total: 0, ledger_total: 0, ledger_gross: 0, drifts: [] }
  let medusaCents = 0
  let ledgerCents = 0
  let grossCents = 0

  for (let skip = 0; ; skip += PAGE) {
    const { data: orders } = await query.graph({
      entity: "order",
      fields: ["id", "display_id", "status", "canceled_at", "total", "items.product_id"],
      filters: { status: { $ne: "draft" } },
      pagination: { skip, take: PAGE, order: { created_at: "ASC" } },
    })
    if (!orders.length) break
    const unknown = [...new Set(orders.flatMap((o: any) => (o.items ?? []).map((i: any) => i?.product_id)).filter((id: any) => id && !musicProducts.has(id)))] as string[]
    if (unknown.length) {
      const { data: products } = await query.graph({ entity: "product", fields: ["id", "album.id"], filters: { id: unknown } })
      for (const id of unknown) musicProducts.set(id, false)
      for (const p of products as any[]) musicProducts.set(p.id, !!p.album?.id)
    }
    for (const o of orders as any[]) {
      const l = ledger.get(o.id)
      const music = l || (o.items ?? []).some((i: any) => musicProducts.get(i?.product_id))
      if (!music) continue
      result.orders_checked++
      const canceled = o.status === "canceled" || !!o.canceled_at
      const medusa = canceled ? 0 : cents(o.total)
      const net = l ? Math.round(l.net * 100) : 0
      medusaCents += medusa
      ledgerCents += net
      grossCents += l ? Math.round(l.gross * 100) : 0
      if (medusa !== net) {
        result.drifts.push({ order_id: o.id, display_id: o.display_id ?? null, status: o.status, medusa: medusa / 100, ledger: net / 100, lines: l?.lines ?? 0 })
      }
    }
    if (orders.length < PAGE) break
  }
  result.medusa_total = medusaCents / 100
  result.ledger_total = ledgerCents / 100
  result.ledger_gross = grossCents / 100
  return result
}
