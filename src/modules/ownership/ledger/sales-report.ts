import type { Knex } from "@medusajs/framework/mikro-orm/knex"
import { DIMENSION_COLUMN, type RollupDimension } from "./rollup"

/*
 * Sales reports: the ledger's sold lines summed per group. Revenue is what
 * was kept (amount less reversed amount, so a partial refund lowers it);
 * canceled and refunded lines count nowhere, as in the charts. An order
 * counts once in each group it has a line in, and once in the totals.
 *
 * A range is cut into whole years, quarters and months, read from
 * sale_rollup (a few rows per group and period), and the days left at either end, read
 * from the ledger's lines through a covering index: a report over five years
 * of a store 100 times Chinook reads a few thousand rows, not 224,000 lines.
 * Orders add up across those pieces, since an order belongs to one month.
 */

export const SALES_GROUPINGS = [
  "month",
  "year",
  "country",
  "genre",
  "artist",
  "album",
  "track",
  "media_type",
  "support_rep",
] as const
export type SalesGrouping = (typeof SALES_GROUPINGS)[number]

/** Groupings over time come in calendar order; the others best first. */
export const TIME_GROUPINGS: readonly SalesGrouping[] = ["month", "year"]

export type SalesReportInput = {
  group_by: SalesGrouping
  currency_code: string
  /** Sold at or after this instant. */
  from?: Date | null
  /** Sold before this instant. */
  to?: Date | null
  limit: number
  offset?: number
}

export type SalesFigures = {
  /** Revenue kept, as a decimal string exact to the cent (no float drift). */
  revenue: string
  units: number
  orders: number
}

export type SalesReportRow = SalesFigures & {
  /** The group's value (a month, a country code, an artist id...); null for lines without one (a whole-album line has no track). */
  key: string | null
}

export type SalesReport = {
  rows: SalesReportRow[]
  /** How many groups there are in all (rows is one page of them). */
  count: number
  totals: SalesFigures
}

/** [from, to) in ms; ±Infinity when open. */
type Span = [number, number]
export type RollupPeriod = "year" | "quarter" | "month"
type Pieces = { years: Span[]; quarters: Span[]; months: Span[]; lines: Span[] }

/** The first instant of the period holding t (UTC), and of the next one. */
const MONTHS: Record<RollupPeriod, number> = { year: 12, quarter: 3, month: 1 }
function periodStart(period: RollupPeriod, t: number) {
  const d = new Date(t)
  const m = d.getUTCMonth()
  return Date.UTC(d.getUTCFullYear(), m - (m % MONTHS[period]), 1)
}
function nextPeriod(period: RollupPeriod, t: number) {
  const d = new Date(periodStart(period, t))
  return Date.UTC(d.getUTCFullYear(), d.getUTCMonth() + MONTHS[period], 1)
}
const ceilTo = (period: RollupPeriod, t: number) => (!Number.isFinite(t) || periodStart(period, t) === t ? t : nextPeriod(period, t))
const floorTo = (period: RollupPeriod, t: number) => (!Number.isFinite(t) ? t : periodStart(period, t))

/**
 * Cuts [from, to) into whole years, then whole quarters and whole months at
 * either end, then the rest (UTC), the biggest pieces first. `periods`
 * names the sizes the report may use (a report by month cannot use
 * quarterly or yearly sums).
 */
export function cutRange(from: number, to: number, periods: RollupPeriod[] = ["year", "quarter", "month"]): Pieces {
  const out: Pieces = { years: [], quarters: [], months: [], lines: [] }
  const into: Record<RollupPeriod, Span[]> = { year: out.years, quarter: out.quarters, month: out.months }
  const cut = (a: number, b: number, level: number) => {
    if (!(a < b)) return
    const period = periods[level]
    if (!period) {
      out.lines.push([a, b])
      return
    }
    const inner: Span = [ceilTo(period, a), floorTo(period, b)]
    if (!(inner[0] < inner[1])) return cut(a, b, level + 1)
    cut(a, inner[0], level + 1)
    into[period].push(inner)
    cut(inner[1], b, level + 1)
  }
  cut(from, to, 0)
  return out
}

/** The key of a rollup row and of a ledger line, per grouping. */
function keys(group_by: SalesGrouping): { dimension: RollupDimension; rollupKey: string; lineKey: string } {
  if (group_by === "month" || group_by === "year") {
    const format = group_by === "month" ? "YYYY-MM" : "YYYY"
    // Text in SQL, so that no time zone of client or server moves a sale to another month.
    return {
      dimension: "all",
      rollupKey: `to_char(starts_on at time zone 'UTC', '${format}')`,
      lineKey: `to_char(sold_at at time zone 'UTC', '${format}')`,
    }
  }
  const column = DIMENSION_COLUMN[group_by]
  if (!column) throw new Error(`Unknown sales grouping "${group_by}"`)
  return { dimension: group_by, rollupKey: "group_key", lineKey: `coalesce(${column}, '')` }
}

export async function salesReport(db: Knex, input: SalesReportInput): Promise<SalesReport> {
  const { dimension, rollupKey, lineKey } = keys(input.group_by)
  const isTime = TIME_GROUPINGS.includes(input.group_by)
  const from = input.from ? input.from.getTime() : -Infinity
  const to = input.to ? input.to.getTime() : Infinity
  const pieces = cutRange(from, to, input.group_by === "month" ? ["month"] : ["year", "quarter", "month"])

  const params: Record<string, unknown> = { currency: input.currency_code.toLowerCase(), limit: input.limit, offset: input.offset ?? 0 }
  let n = 0
  const bind = (t: number) => {
    const name = `t${n++}`
    params[name] = new Date(t)
    return `:${name}::timestamptz`
  }
  const within = (column: string, [a, b]: Span) =>
    [Number.isFinite(a) ? `${column} >= ${bind(a)}` : "", Number.isFinite(b) ? `${column} < ${bind(b)}` : ""].filter(Boolean).join(" and ") || "true"

  // Rollup rows of the groups and of the totals, each span one index range
  // (a covering index: the rows are read from it alone).
  const rollup = (dim: RollupDimension, key: string, period: RollupPeriod, span: Span) =>
    `select ${key} as key, revenue, units, orders from sale_rollup
     where dimension = '${dim}' and currency_code = :currency and period = '${period}' and ${within("starts_on", span)} and deleted_at is null`
  const rollups = (dim: RollupDimension, key: string) => [
    ...pieces.years.map((span) => rollup(dim, key, "year", span)),
    ...pieces.quarters.map((span) => rollup(dim, key, "quarter", span)),
    ...pieces.months.map((span) => rollup(dim, key, "month", span)),
  ]
  const groupBranches = rollups(dimension, rollupKey)
  const totalBranches = rollups("all", "''")
  if (pieces.lines.length) {
    // Each span its own range of the covering index (one OR would scan the table).
    const lines = pieces.lines
      .map(
        (span) => `select ${lineKey} as key, order_id, quantity, amount - reversed_amount as net from sale_line
                   where status = 'sold' and deleted_at is null and currency_code = :currency and ${within("sold_at", span)}`
      )
      .join(" union all ")
    groupBranches.push(`select key, sum(net), sum(quantity), count(distinct order_id) from (${lines}) l group by key`)
    totalBranches.push(`select '', sum(net), sum(quantity), count(distinct order_id) from (${lines}) l`)
  }
  if (!groupBranches.length) return { rows: [], count: 0, totals: { revenue: "0.00", units: 0, orders: 0 } }

  // Groups and totals are summed apart, so that neither list of pieces is
  // materialised (each is read once, straight into its aggregate).
  const order = isTime ? "key asc" : 'revenue desc, units desc, key collate "C" asc'
  const sql = `
    with grouped as (
      select key, sum(revenue) as revenue, sum(units) as units, sum(orders) as orders
      from (${groupBranches.join(" union all ")}) p(key, revenue, units, orders)
      group by key
      having sum(orders) > 0
    ), totals as (
      select coalesce(sum(revenue), 0) as revenue, coalesce(sum(units), 0) as units, coalesce(sum(orders), 0) as orders
      from (${totalBranches.join(" union all ")}) t(key, revenue, units, orders)
    ), page as (
      select key, revenue, units, orders, row_number() over (order by ${order}) as n
      from grouped
      order by n
      limit :limit offset :offset
    )
    select 0 as is_total, n, nullif(key, '') as key, revenue::text as revenue, units::bigint as units, orders::bigint as orders, null::bigint as groups
    from page
    union all
    select 1, 0, null, revenue::text, units::bigint, orders::bigint, (select count(*) from grouped)
    from totals
    order by is_total desc, n`
  const result = (await db.raw(sql, params as any)) as unknown as { rows: any[] }

  const figures = (r: any): SalesFigures => ({ revenue: money(r.revenue), units: Number(r.units), orders: Number(r.orders) })
  const total = result.rows.find((r) => Number(r.is_total) === 1)
  const rows = result.rows.filter((r) => Number(r.is_total) === 0).map((r) => ({ key: r.key, ...figures(r) }))
  return { rows, count: Number(total?.groups ?? 0), totals: total ? figures(total) : { revenue: "0.00", units: 0, orders: 0 } }
}

/** A numeric sum as text with two decimals ("12.3" → "12.30"), without going through a float. */
function money(text: string | null): string {
  if (text === null || text === undefined) return "0.00"
  const negative = text.startsWith("-")
  const [whole, frac = ""] = (negative ? text.slice(1) : text).split(".")
  // Ledger amounts are whole cents; anything finer is rounded half up.
  let cents = BigInt(whole || "0") * 100n + BigInt((frac + "00").slice(0, 2))
  if ((frac[2] ?? "0") >= "5") cents += 1n
  const s = cents.toString().padStart(3, "0")
  return `${negative ? "-" : ""}${s.slice(0, -2)}.${s.slice(-2)}`
}
