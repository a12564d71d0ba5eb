import type { MedusaRequest } from "@medusajs/framework/http"
import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { money, type AuditRule, type FullEntry } from "../audit-middleware"

/*
 * Money moved by Medusa's own order flows: cancelling an order (which
 * refunds what was captured and cancels what was only authorized),
 * capturing a payment, returns, claims and exchanges, and order edits that
 * change what the order costs. Refunds
 * made by hand (/admin/payments/:id/refund) are recorded in
 * ../record-changes.ts.
 */

type OrderMoney = {
  id: string
  display_id: number | null
  status: string
  currency_code: string
  captured: number
  refunded: number
}

const sum = (xs: unknown[]) => xs.reduce<number>((s, x) => s + Number(x ?? 0), 0)

async function orderMoney(scope: MedusaContainer, id: string): Promise<OrderMoney | null> {
  const query = scope.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({
    entity: "order",
    fields: [
      "id",
      "display_id",
      "status",
      "currency_code",
      "payment_collections.payments.captures.amount",
      "payment_collections.payments.refunds.amount",
    ],
    filters: { id },
  })
  const order = data[0] as any
  if (!order) return null
  const payments = (order.payment_collections ?? []).flatMap((c: any) => c?.payments ?? [])
  return {
    id: order.id,
    display_id: order.display_id ?? null,
    status: order.status,
    currency_code: order.currency_code,
    captured: sum(payments.flatMap((p: any) => (p.captures ?? []).map((c: any) => c.amount))),
    refunded: sum(payments.flatMap((p: any) => (p.refunds ?? []).map((r: any) => r.amount))),
  }
}

type PaymentMoney = { id: string; amount: number; currency_code: string; captured: number }

async function paymentMoney(scope: MedusaContainer, id: string): Promise<PaymentMoney | null> {
  const query = scope.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({ entity: "payment", fields: ["id", "amount", "currency_code", "captures.amount"], filters: { id } })
  const p = data[0] as any
  if (!p) return null
  return { id: p.id, amount: Number(p.amount), currency_code: p.currency_code, captured: round(sum((p.captures ?? []).map((c: any) => c.amount))) }
}

const orderName = (o: { id: string; display_id?: number | null }) => (o.display_id ? `Order #${o.display_id}` : `Order ${o.id}`)
const round = (n: number) => Math.round(n * 10000) / 10000

async function orderTotal(scope: MedusaContainer, id: string) {
  const query = scope.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({ entity: "order", fields: ["id", "display_id", "currency_code", "total"], filters: { id } })
  const order = data[0] as any
  return order ? { id: order.id as string, display_id: order.display_id as number, currency_code: order.currency_code as string, total: Number(order.total) } : null
}

/**
 * A requested or received return, a claim or an exchange: which order, how
 * many items, the refund the return carries and the order's balance after.
 * The answer's order preview names the order; its number and currency are
 * read from the order.
 */
async function itemsBack(kind: "return" | "claim" | "exchange", verb: string, req: MedusaRequest, body: any, received = false): Promise<FullEntry[]> {
  const orderId = body?.order_preview?.id ?? body?.[kind]?.order_id ?? body?.return?.order_id
  const order = orderId ? await orderTotal(req.scope, orderId) : null
  if (!order) return []
  const ret = body?.return
  // A return counts what comes back, a claim what is claimed, an exchange what goes out.
  const named = (kind === "claim" ? body?.claim?.claim_items : body?.exchange?.additional_items) as any[] | undefined
  const items = ((kind === "return" ? ret?.items : named?.length ? named : ret?.items) ?? []) as any[]
  // A received return counts what came back, a request what was asked for.
  const quantity = sum(items.map((i) => (received ? i.received_quantity : i.quantity) ?? 0))
  const refund = Number(ret?.refund_amount ?? 0)
  // The order's balance once the change is confirmed, as Medusa's order page
  // shows it (what is not yet paid counts: an authorized payment is not paid
  // until captured). Negative: owed to the customer.
  const pending = round(Number(body?.order_preview?.summary?.pending_difference ?? 0))
  const settle =
    refund > 0 && round(refund) === -pending
      ? ""
      : pending < 0
        ? `; the customer is owed ${money(-pending, order.currency_code)}`
        : pending > 0
          ? `; ${money(pending, order.currency_code)} outstanding`
          : ""
  return [
    {
      entity: "order",
      entity_id: order.id,
      action: kind,
      summary:
        `${orderName(order)}: ${verb}` +
        (quantity ? ` (${quantity} item${quantity === 1 ? "" : "s"})` : "") +
        (refund > 0 ? `; ${money(round(refund), order.currency_code)} to refund` : "") +
        settle,
      changes: { before: null, after: { [`${kind}_id`]: req.params.id, items: quantity, refund_amount: round(refund), pending_difference: pending } },
    },
  ]
}

export const ORDER_RULES: AuditRule[] = [
  {
    method: "POST",
    matcher: "/admin/orders/:id/cancel",
    entity: "order",
    before: (req: MedusaRequest) => orderMoney(req.scope, req.params.id),
    entries: async (req, _body, before: OrderMoney | null) => {
      const after = await orderMoney(req.scope, req.params.id)
      if (!after) return []
      const refunded = round(after.refunded - (before?.refunded ?? 0))
      return [
        {
          entity: "order",
          entity_id: after.id,
          action: "cancel",
          summary: `${orderName(after)} canceled${refunded > 0 ? `; ${money(refunded, after.currency_code)} refunded` : "; nothing had been captured, so nothing was refunded"}`,
          changes: {
            before: before && { status: before.status, captured: before.captured, refunded: before.refunded },
            after: { status: after.status, captured: after.captured, refunded: after.refunded },
          },
        },
      ]
    },
  },
  {
    // What the payment had captured before and after: a capture without an amount takes what is left.
    method: "POST",
    matcher: "/admin/payments/:id/capture",
    entity: "payment",
    before: (req: MedusaRequest) => paymentMoney(req.scope, req.params.id),
    entries: async (req, _body, before: PaymentMoney | null) => {
      const after = await paymentMoney(req.scope, req.params.id)
      if (!after) return []
      const captured = round(after.captured - (before?.captured ?? 0))
      return [
        {
          entity: "payment",
          entity_id: after.id,
          action: "capture",
          summary: `Captured ${money(captured, after.currency_code)} of payment ${after.id} (${money(after.amount, after.currency_code)} authorized)`,
          changes: { before: { captured: before?.captured ?? 0 }, after: { captured: after.captured } },
        },
      ]
    },
  },
  { method: "POST", matcher: "/admin/returns/:id/request", entity: "order", entries: (req, body) => itemsBack("return", "return requested", req, body) },
  { method: "POST", matcher: "/admin/returns/:id/receive/confirm", entity: "order", entries: (req, body) => itemsBack("return", "return received", req, body, true) },
  { method: "POST", matcher: "/admin/claims/:id/request", entity: "order", entries: (req, body) => itemsBack("claim", "claim confirmed", req, body) },
  { method: "POST", matcher: "/admin/exchanges/:id/request", entity: "order", entries: (req, body) => itemsBack("exchange", "exchange confirmed", req, body) },
  {
    // An order edit changes what the order costs: its total before and after.
    method: "POST",
    matcher: "/admin/order-edits/:id/confirm",
    entity: "order",
    before: (req: MedusaRequest) => orderTotal(req.scope, req.params.id),
    entries: async (req, _body, before: Awaited<ReturnType<typeof orderTotal>>) => {
      const after = await orderTotal(req.scope, req.params.id)
      if (!after) return []
      const was = before?.total ?? after.total
      const delta = round(after.total - was)
      return [
        {
          entity: "order",
          entity_id: after.id,
          action: "order_edit",
          summary: `${orderName(after)}: edit confirmed; total ${money(was, after.currency_code)} → ${money(after.total, after.currency_code)}${delta > 0 ? ` (${money(delta, after.currency_code)} to collect)` : delta < 0 ? ` (${money(-delta, after.currency_code)} to refund)` : ""}`,
          changes: { before: { total: was }, after: { total: after.total } },
        },
      ]
    },
  },
]
