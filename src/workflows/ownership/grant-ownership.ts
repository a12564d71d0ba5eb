import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { emitEventStep } from "@medusajs/medusa/core-flows"
import { OWNERSHIP_GRANTED_EVENT } from "./events"
import { collectOrderSalesStep } from "./steps/collect-order-sales"
import { reconcileReversalsStep } from "./steps/reconcile-reversals"
import { recordSalesStep } from "./steps/record-sales"

export type GrantOwnershipInput = { order_ids: string[] }

/**
 * Records what placed orders sold: the tracks their customers now own (an
 * album line grants every track of the album) and one ledger row per sold
 * line. Idempotent on the rows' unique keys, so the same order recorded twice,
 * or twice at once, leaves one set of rows. An order already canceled or
 * refunded is recorded with that taken back. Emits `music.ownership_granted`
 * `{ order_id }` for each order that sold music and is not canceled.
 */
export const grantOwnershipWorkflow = createWorkflow("grant-ownership", (input: GrantOwnershipInput) => {
  const sales = collectOrderSalesStep(input.order_ids)
  const rows = transform({ sales }, ({ sales }) => ({ owned: sales.owned, sales: sales.sales }))
  const created = recordSalesStep(rows)
  const facts = transform({ sales }, ({ sales }) => sales.orders)
  reconcileReversalsStep(facts)
  const events = transform({ sales }, ({ sales }) =>
    sales.orders.filter((o) => !o.canceled).map((o) => ({ order_id: o.order_id }))
  )
  emitEventStep({ eventName: OWNERSHIP_GRANTED_EVENT, data: events })
  return new WorkflowResponse(
    transform({ created, sales }, ({ created, sales }) => ({
      orders: sales.orders.map((o) => o.order_id),
      owned_created: created.owned_ids.length,
      sales_created: created.sale_ids.length,
    }))
  )
})
