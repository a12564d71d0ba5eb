// `medusa exec ./bench/lib/reports-peer.ts`: the peer of bench:reports.
// Revenue, units and orders by month worked out the way a store without our
// ledger would: Medusa's Query over every order with its items
// (query.graph, a page of PEER_PAGE orders at a time, item totals worked out
// by Medusa), summed here. Runs in-process, so it costs no HTTP or JSON:
// a lower bound of what a route doing this would take. Timed PEER_RUNS
// times; prints one line `BENCH_PEER=<json>` with the times and the figures.
import type { ExecArgs } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { amountOf } from "../../src/workflows/orders/utils/order-amount"

export default async function reportsPeer({ container }: ExecArgs) {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const runs = Number(process.env.PEER_RUNS || 1)
  const page = Number(process.env.PEER_PAGE || 1000)
  const times: number[] = []
  let months: Record<string, { cents: number; units: number; orders: number }> = {}
  let orders = 0
  for (let r = 0; r < runs; r++) {
    const t = performance.now()
    const sums: typeof months = {}
    let seen = 0
    for (let skip = 0; ; skip += page) {
      const { data } = await query.graph({
        entity: "order",
        // Item totals come only with the order's own total asked for.
        fields: ["id", "status", "created_at", "total", "items.quantity", "items.total"],
        pagination: { skip, take: page, order: { id: "ASC" } },
      })
      for (const o of data as any[]) {
        if (o.status === "canceled" || o.status === "draft") continue
        const month = new Date(o.created_at).toISOString().slice(0, 7)
        const m = (sums[month] ??= { cents: 0, units: 0, orders: 0 })
        m.orders++
        for (const i of o.items ?? []) {
          // Query gives totals as Medusa's BigNumber.
          m.cents += Math.round(amountOf(i.total) * 100)
          m.units += amountOf(i.quantity)
        }
      }
      seen += data.length
      if (data.length < page) break
    }
    times.push(performance.now() - t)
    months = sums
    orders = seen
  }
  console.log(`BENCH_PEER=${JSON.stringify({ runs, page, orders, times, months })}`)
}
