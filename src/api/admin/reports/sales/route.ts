import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import { OWNERSHIP_MODULE } from "../../../../modules/ownership"
import type OwnershipModuleService from "../../../../modules/ownership/service"
import { contentDisposition } from "../../../utils/content-disposition"
import { toCsv } from "../../../utils/csv"
import { labelGroups } from "./labels"
import type { AdminGetSalesReportParamsType } from "./validators"

const DAY_MS = 24 * 60 * 60 * 1000

// The store's default currency, per app (the store module's instance),
// read again after a minute: a report that names none uses it.
const currencies = new WeakMap<object, { code: string; at: number }>()
const CURRENCY_TTL_MS = 60_000

/** The store's default currency: the ledger of one currency is summed at a time. */
async function defaultCurrency(scope: MedusaContainer): Promise<string> {
  const store = scope.resolve(Modules.STORE) as object
  const known = currencies.get(store)
  if (known && Date.now() - known.at < CURRENCY_TTL_MS) return known.code
  const query = scope.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({ entity: "store", fields: ["supported_currencies.currency_code", "supported_currencies.is_default"] })
  const all = (data as any[]).flatMap((s) => s.supported_currencies ?? []).filter(Boolean)
  const code = (all.find((c) => c.is_default) ?? all[0])?.currency_code ?? "usd"
  currencies.set(store, { code, at: Date.now() })
  return code
}

/**
 * GET /admin/reports/sales?group_by=&from=&to=&limit=&offset=&format=&currency_code=
 *
 * Revenue kept (net of refunds), units and orders from the sales ledger,
 * per month, year, country, genre, artist, album, track, media type or
 * support rep. `from` and `to` are UTC calendar days, both included. Rows
 * over time come in calendar order, the others by revenue, best first;
 * `count` is the number of groups and `totals` cover all of them, whatever
 * the page. `format=csv` downloads the same page as a CSV file.
 */
export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const q = req.validatedQuery as AdminGetSalesReportParamsType
  const ownership: OwnershipModuleService = req.scope.resolve(OWNERSHIP_MODULE)
  const currency_code = q.currency_code ?? (await defaultCurrency(req.scope))
  const report = await ownership.reportSales({
    group_by: q.group_by,
    currency_code,
    from: q.from ? new Date(`${q.from}T00:00:00Z`) : null,
    // The last day is included: sales before the next midnight.
    to: q.to ? new Date(new Date(`${q.to}T00:00:00Z`).getTime() + DAY_MS) : null,
    limit: q.limit,
    offset: q.offset,
  })
  const labels = await labelGroups(req.scope, q.group_by, report.rows.map((r) => r.key))
  const rows = report.rows.map((r) => ({
    key: r.key,
    ...labels.get(r.key)!,
    revenue: Number(r.revenue),
    units: r.units,
    orders: r.orders,
  }))

  if (q.format === "csv") {
    const range = `${q.from ? `-from-${q.from}` : ""}${q.to ? `-to-${q.to}` : ""}`
    const csv = toCsv(
      ["key", "label", "detail", "revenue", "currency_code", "units", "orders"],
      // Revenue as the ledger's exact decimal text, two decimals.
      report.rows.map((r, i) => [r.key, rows[i].label, rows[i].detail, r.revenue, currency_code, r.units, r.orders])
    )
    res.setHeader("Content-Type", "text/csv; charset=utf-8")
    res.setHeader("Content-Disposition", contentDisposition(`sales-by-${q.group_by}${range}.csv`, "attachment"))
    res.setHeader("Cache-Control", "no-store")
    res.status(200).send(csv)
    return
  }

  res.json({
    group_by: q.group_by,
    from: q.from ?? null,
    to: q.to ?? null,
    currency_code,
    rows,
    count: report.count,
    limit: q.limit,
    offset: q.offset,
    totals: { revenue: Number(report.totals.revenue), units: report.totals.units, orders: report.totals.orders },
  })
}
