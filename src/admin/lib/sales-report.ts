import { useQuery } from "@tanstack/react-query"
import { sdk } from "./sdk"

/** What GET /admin/reports/sales groups by. */
export type SalesGrouping = "month" | "year" | "country" | "genre" | "artist" | "album" | "track" | "media_type" | "support_rep"

export type SalesRow = {
  key: string | null
  label: string
  detail?: string
  revenue: number
  units: number
  orders: number
}

export type SalesReport = {
  group_by: SalesGrouping
  from: string | null
  to: string | null
  currency_code: string
  rows: SalesRow[]
  count: number
  limit: number
  offset: number
  totals: { revenue: number; units: number; orders: number }
}

/** A range of UTC days, both included; empty ends are open. */
export type DayRange = { from: string; to: string }

const rangeQuery = (range: DayRange) => ({
  ...(range.from ? { from: range.from } : {}),
  ...(range.to ? { to: range.to } : {}),
})

export function useSalesReport(group_by: SalesGrouping, range: DayRange, limit: number) {
  return useQuery({
    queryKey: ["sales-report", group_by, range.from, range.to, limit],
    queryFn: () =>
      sdk.client.fetch<SalesReport>("/admin/reports/sales", { query: { group_by, limit, ...rangeQuery(range) } }),
    // The old figures stay on screen while a new range loads.
    placeholderData: (previous) => previous,
    staleTime: 30_000,
  })
}

/**
 * Downloads the report as the CSV file the route makes (all groups, up to
 * 1,000), through the admin session like every other admin request.
 */
export async function downloadSalesCsv(group_by: SalesGrouping, range: DayRange) {
  const res = await sdk.client.fetch<Response>("/admin/reports/sales", {
    query: { group_by, format: "csv", limit: 1000, ...rangeQuery(range) },
    headers: { accept: "text/csv" },
  })
  const blob = await res.blob()
  const name = /filename="([^"]+)"/.exec(res.headers.get("content-disposition") ?? "")?.[1] ?? `sales-by-${group_by}.csv`
  const url = URL.createObjectURL(blob)
  const link = document.createElement("a")
  link.href = url
  link.download = name
  document.body.appendChild(link)
  link.click()
  link.remove()
  setTimeout(() => URL.revokeObjectURL(url), 10_000)
}

export function formatMoney(amount: number, currency: string) {
  return new Intl.NumberFormat("en-US", { style: "currency", currency: currency.toUpperCase() }).format(amount)
}

export const formatCount = (n: number) => new Intl.NumberFormat("en-US").format(n)

/** "2023-04" → "Apr 2023". */
export function monthLabel(key: string) {
  const [y, m] = key.split("-").map(Number)
  return new Date(Date.UTC(y, m - 1, 1)).toLocaleString("en-US", { month: "short", year: "numeric", timeZone: "UTC" })
}

/**
 * Months with no sale have no row; a chart over time shows them as zero,
 * from the first month of the range (or of the sales) to the last.
 */
export function everyMonth(rows: SalesRow[], range: DayRange): SalesRow[] {
  const keys = rows.map((r) => r.key!).filter(Boolean)
  const first = range.from ? range.from.slice(0, 7) : keys[0]
  const last = range.to ? range.to.slice(0, 7) : keys[keys.length - 1]
  if (!first || !last || first > last) return rows
  const byKey = new Map(rows.map((r) => [r.key, r]))
  const out: SalesRow[] = []
  let [y, m] = first.split("-").map(Number)
  // A range of decades would draw thousands of empty months: cap it.
  for (let i = 0; i < 600; i++) {
    const key = `${y}-${String(m).padStart(2, "0")}`
    out.push(byKey.get(key) ?? { key, label: key, revenue: 0, units: 0, orders: 0 })
    if (key >= last) break
    m = m === 12 ? 1 : m + 1
    if (m === 1) y++
  }
  return out
}
