import type { SaleLineState } from "../../../modules/ownership/service"
import { planReversals, type OrderReversalFacts } from "../utils/reversal-plan"

const line = (id: string, amount: string, over: Partial<SaleLineState> = {}): SaleLineState => ({
  id,
  order_id: "order_1",
  line_item_id: `li_${id}`,
  amount,
  reversed_amount: "0",
  status: "sold",
  reversed_at: null,
  ...over,
})
const facts = (over: Partial<OrderReversalFacts> = {}): OrderReversalFacts => ({
  order_id: "order_1",
  canceled: false,
  canceled_at: null,
  refunded: 0,
  refunded_at: "2026-11-27T10:00:00Z",
  ...over,
})
const apply = (lines: SaleLineState[], f: OrderReversalFacts) => {
  const updates = new Map(planReversals(lines, f).map((u) => [u.id, u]))
  return lines.map((l) => ({ ...l, ...(updates.get(l.id) ?? {}) }))
}
const states = (lines: SaleLineState[]) => lines.map((l) => [l.id, l.status, Number(l.reversed_amount)])

describe("planReversals", () => {
  const order = [line("a", "0.99"), line("b", "1.99"), line("c", "2.99")]

  it("changes nothing for a sold order with no refund", () => {
    expect(planReversals(order, facts())).toEqual([])
  })

  it("takes back every line of a canceled order, once", () => {
    const after = apply(order, facts({ canceled: true, canceled_at: "2026-11-27T09:00:00Z" }))
    expect(states(after)).toEqual([["a", "canceled", 0.99], ["b", "canceled", 1.99], ["c", "canceled", 2.99]])
    expect(planReversals(after, facts({ canceled: true }))).toEqual([])
  })

  it("refunds the lines a refund covers, dearest first", () => {
    expect(states(apply(order, facts({ refunded: 1.99 })))).toEqual([["a", "sold", 0], ["b", "refunded", 1.99], ["c", "sold", 0]])
    expect(states(apply(order, facts({ refunded: 0.99 })))).toEqual([["a", "refunded", 0.99], ["b", "sold", 0], ["c", "sold", 0]])
    expect(states(apply(order, facts({ refunded: 3.98 })))).toEqual([["a", "refunded", 0.99], ["b", "sold", 0], ["c", "refunded", 2.99]])
  })

  it("keeps what no line's amount covers as a partial reversal of the cheapest line, still owned", () => {
    const after = apply(order, facts({ refunded: 0.5 }))
    expect(states(after)).toEqual([["a", "sold", 0.5], ["b", "sold", 0], ["c", "sold", 0]])
    expect(planReversals(after, facts({ refunded: 0.5 }))).toEqual([])
  })

  it("takes back everything, free lines too, when the whole order is refunded", () => {
    const withFree = [...order, line("d", "0")]
    expect(states(apply(withFree, facts({ refunded: 5.97 }))).map((s) => s[1])).toEqual(["refunded", "refunded", "refunded", "refunded"])
  })

  it("never gives back a line already refunded when a later refund comes", () => {
    const lines = [line("x", "1.50"), line("y", "1.00")]
    const first = apply(lines, facts({ refunded: 1.0 }))
    expect(states(first)).toEqual([["x", "sold", 0], ["y", "refunded", 1]])
    const second = apply(first, facts({ refunded: 2.0 }))
    expect(states(second)).toEqual([["x", "sold", 1], ["y", "refunded", 1]])
    const third = apply(second, facts({ refunded: 2.5 }))
    expect(states(third)).toEqual([["x", "refunded", 1.5], ["y", "refunded", 1]])
  })

  it("keeps the amounts of each order summing to what was finally paid", () => {
    const lines = [line("a", "0.99"), line("b", "0.99"), line("c", "1.99"), line("d", "9.49")]
    for (const refunded of [0, 0.3, 0.99, 1.5, 2.98, 4.0, 13.46]) {
      const after = apply(lines, facts({ refunded }))
      const kept = after.reduce((s, l) => s + Math.round(Number(l.amount) * 100) - Math.round(Number(l.reversed_amount) * 100), 0)
      expect(kept).toBe(1346 - Math.round(refunded * 100))
    }
  })
})
