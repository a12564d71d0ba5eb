import type { ReversalUpdate, SaleLineState } from "../../../modules/ownership/service"

export type OrderReversalFacts = {
  order_id: string
  canceled: boolean
  canceled_at: Date | string | null
  /** All that was refunded on the order's payments, in the currency's unit. */
  refunded: number
  /** When the latest refund was made. */
  refunded_at: Date | string | null
}

const cents = (v: string | number) => Math.round(Number(v) * 100)
const units = (c: number) => (c / 100).toFixed(2)

/**
 * What a cancellation or refunds take back from an order's sold lines.
 *
 * - A canceled order takes back every line (status `canceled`).
 * - Refunds are matched to lines by amount, from the dearest line down: a
 *   line is `refunded` (its tracks revoked) when what was refunded and not yet
 *   matched to a line covers its whole amount. A refund of the whole order
 *   (or more) takes back every line, free ones included.
 * - A line once refunded stays refunded: a later refund only takes more.
 * - What is left of the refunds, smaller than any line still sold, is
 *   recorded as a partial reversal of the cheapest such line, which stays
 *   `sold` and owned; so each order's amount less reversed amount is what
 *   the customer finally paid, as Medusa's order total says.
 *
 * Returns only the lines whose state changes.
 */
export function planReversals(lines: SaleLineState[], facts: OrderReversalFacts): ReversalUpdate[] {
  const planned = new Map<string, ReversalUpdate>()
  const at = (when: Date | string | null) => (when ? new Date(when) : new Date())

  if (facts.canceled) {
    for (const l of lines) {
      planned.set(l.id, { ...l, status: "canceled", reversed_amount: units(cents(l.amount)), reversed_at: l.status === "canceled" && l.reversed_at ? l.reversed_at : at(facts.canceled_at) })
    }
  } else {
    const fixed = lines.filter((l) => l.status !== "sold")
    const open = lines.filter((l) => l.status === "sold")
    let left = Math.max(0, cents(facts.refunded) - fixed.reduce((s, l) => s + cents(l.reversed_amount), 0))
    const whole = open.reduce((s, l) => s + cents(l.amount), 0)
    const takeAll = open.length > 0 && left > 0 && left >= whole
    const byPrice = [...open].sort((a, b) => cents(b.amount) - cents(a.amount) || a.line_item_id.localeCompare(b.line_item_id))
    const kept: SaleLineState[] = []
    for (const l of byPrice) {
      const amount = cents(l.amount)
      if (takeAll || (amount > 0 && amount <= left)) {
        left = Math.max(0, left - amount)
        planned.set(l.id, { ...l, status: "refunded", reversed_amount: units(amount), reversed_at: at(facts.refunded_at) })
      } else {
        kept.push(l)
      }
    }
    const cheapest = kept.filter((l) => cents(l.amount) > 0).sort((a, b) => cents(a.amount) - cents(b.amount) || a.line_item_id.localeCompare(b.line_item_id))[0]
    for (const l of kept) {
      const partial = l === cheapest ? left : 0
      const unchanged = cents(l.reversed_amount) === partial
      planned.set(l.id, {
        ...l,
        status: "sold",
        reversed_amount: units(partial),
        reversed_at: partial ? (unchanged && l.reversed_at ? l.reversed_at : at(facts.refunded_at)) : null,
      })
    }
  }

  return lines.flatMap((l) => {
    const p = planned.get(l.id)
    if (!p) return []
    const same = p.status === l.status && cents(p.reversed_amount) === cents(l.reversed_amount) && !!p.reversed_at === !!l.reversed_at
    return same ? [] : [{ id: l.id, line_item_id: l.line_item_id, status: p.status, reversed_amount: p.reversed_amount, reversed_at: p.reversed_at }]
  })
}
