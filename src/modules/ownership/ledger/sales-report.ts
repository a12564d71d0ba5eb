import type { Knex } from "@medusajs/framework/mikro-orm/knex"

/*
 * Sales reports: the ledger's sold lines summed per group in one SQL
 * statement. Revenue is what was kept (amount less reversed amount, so a
 * partial refund lowers it); canceled and refunded lines count nowhere, as
 * in the charts. An order counts once in each group it has a line in, and
 * once in the totals.
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

// Months and years are calendar months and years in UTC. The key is
// computed as text in SQL ('2023-04', '2023'), so that no time zone of the
// client or server can move a sale to another month.
const KEY: Record<SalesGrouping, string> = {
  month: "to_char(sold_at at time zone 'UTC', 'YYYY-MM')",
  year: "to_char(sold_at at time zone 'UTC', 'YYYY')",
  country: "country_code",
  genre: "genre_id",
  artist: "artist_id",
  album: "album_id",
  track: "track_id",
  media_type: "media_type_id",
  support_rep: "support_rep_id",
}

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

/**
 * One pass over the lines in range: GROUPING SETS gives each group and the
 * totals from the same scan (count(distinct order_id) cannot be summed from
 * the groups, an order spans several genres), then one page of groups.
 */
export async function salesReport(db: Knex, input: SalesReportInput): Promise<SalesReport> {
  const key = KEY[input.group_by]
  if (!key) throw new Error(`Unknown sales grouping "${input.group_by}"`)
  const order = TIME_GROUPINGS.includes(input.group_by)
    ? "key asc nulls last"
    : "revenue desc, units desc, key asc nulls last"
  const sql = `
    with lines as (
      select ${key} as key, order_id, quantity, amount - reversed_amount as net
      from sale_line
      where status = 'sold' and deleted_at is null and currency_code = :currency
        and sold_at >= coalesce(:from::timestamptz, '-infinity') and sold_at < coalesce(:to::timestamptz, 'infinity')
    ), grouped as (
      select key, grouping(key) as is_total,
             sum(net) as revenue, sum(quantity) as units, count(distinct order_id) as orders
      from lines
      group by grouping sets ((key), ())
    ), page as (
      select key, revenue, units, orders, row_number() over (order by ${order}) as n
      from grouped where is_total = 0
      order by n
      limit :limit offset :offset
    )
    select 0 as is_total, n, key, revenue::text as revenue, units::bigint as units, orders::bigint as orders, null::bigint as groups
    from page
    union all
    select 1, 0, null, coalesce(revenue, 0)::text, coalesce(units, 0)::bigint, orders::bigint,
           (select count(*) from grouped where is_total = 0)::bigint
    from grouped where is_total = 1
    order by is_total desc, n`
  const result = (await db.raw(sql, {
    currency: input.currency_code.toLowerCase(),
    from: input.from ?? null,
    to: input.to ?? null,
    limit: input.limit,
    offset: input.offset ?? 0,
  } as any)) as unknown as { rows: any[] }

  const figures = (r: any): SalesFigures => ({ revenue: money(r.revenue), units: Number(r.units), orders: Number(r.orders) })
  const total = result.rows.find((r) => Number(r.is_total) === 1)
  const rows = result.rows.filter((r) => Number(r.is_total) === 0).map((r) => ({ key: r.key, ...figures(r) }))
  return {
    rows,
    count: total ? Number(total.groups) : 0,
    totals: total ? figures(total) : { revenue: "0.00", units: 0, orders: 0 },
  }
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
