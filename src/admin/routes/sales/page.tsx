import { defineRouteConfig } from "@medusajs/admin-sdk"
import { ChartBar } from "@medusajs/icons"
import { Container, Heading, Skeleton, Text } from "@medusajs/ui"
import { useRef } from "react"
import { useSearchParams } from "react-router-dom"
import { RevenueBars, RevenueOverTime } from "../../components/sales/charts"
import { DateRangeControl } from "../../components/sales/date-range"
import { ReportSection } from "../../components/sales/report-section"
import { ReportTable } from "../../components/sales/report-table"
import { everyMonth, formatCount, formatMoney, useSalesReport, type DayRange, type SalesGrouping } from "../../lib/sales-report"

const TOP = 10
const isDay = (s: string | null) => !!s && /^\d{4}-\d{2}-\d{2}$/.test(s)

/** Revenue, units and orders of the whole range, at the top of the page. */
function Totals({ range }: { range: DayRange }) {
  const { data, isLoading } = useSalesReport("month", range, 1000)
  const stats = [
    { label: "Revenue", value: data ? formatMoney(data.totals.revenue, data.currency_code) : null, hint: "kept after refunds" },
    { label: "Units", value: data ? formatCount(data.totals.units) : null, hint: "tracks and albums sold" },
    { label: "Orders", value: data ? formatCount(data.totals.orders) : null, hint: "with at least one sale" },
  ]
  return (
    <div className="grid grid-cols-1 divide-y md:grid-cols-3 md:divide-x md:divide-y-0" role="group" aria-label="Totals">
      {stats.map((s) => (
        <div key={s.label} className="flex flex-col gap-y-1 px-6 py-4" data-total={s.label.toLowerCase()}>
          <Text size="small" className="text-ui-fg-subtle">
            {s.label}
          </Text>
          {isLoading || s.value === null ? (
            <Skeleton className="h-8 w-32" />
          ) : (
            <Heading level="h2" className="text-2xl tabular-nums">
              {s.value}
            </Heading>
          )}
          <Text size="xsmall" className="text-ui-fg-muted">
            {s.hint}
          </Text>
        </div>
      ))}
    </div>
  )
}

/** Each year of the range, beside the chart over time. */
function YearTable({ range }: { range: DayRange }) {
  const { data } = useSalesReport("year", range, 100)
  if (!data) return <Skeleton className="m-6 h-32" />
  return (
    <div data-table="year">
      <ReportTable rows={data.rows} currency={data.currency_code} groupLabel="Year" />
    </div>
  )
}

/** A ranking: bars of the first groups over their table. */
function Ranking({ title, description, group_by, range, groupLabel }: { title: string; description: string; group_by: SalesGrouping; range: DayRange; groupLabel: string }) {
  return (
    <ReportSection title={title} description={description} group_by={group_by} range={range} limit={TOP}>
      {(report) => (
        <>
          <div className="px-4 py-4">
            <RevenueBars rows={report.rows} currency={report.currency_code} label={`${title}: revenue`} />
          </div>
          <ReportTable rows={report.rows} currency={report.currency_code} groupLabel={groupLabel} rank />
          {report.count > report.rows.length && (
            <Text size="xsmall" className="text-ui-fg-muted px-6 py-3">
              Top {report.rows.length} of {formatCount(report.count)}; Export CSV for all of them.
            </Text>
          )}
        </>
      )}
    </ReportSection>
  )
}

/** Staff's sales reports from the sales ledger: over time, by country, genre, artist, track and support rep. */
const SalesPage = () => {
  const [params, setParams] = useSearchParams()
  const chosen: DayRange = { from: isDay(params.get("from")) ? params.get("from")! : "", to: isDay(params.get("to")) ? params.get("to")! : "" }
  // A range given backwards is shown, with the reason, and not asked for.
  const range: DayRange = chosen.from && chosen.to && chosen.from > chosen.to ? { from: "", to: "" } : chosen
  // Two quick edits (From, then To) can come before the page renders again:
  // each builds on the last range asked for, not on the last one rendered.
  const latest = useRef(chosen)
  latest.current = chosen
  const setRange = (change: Partial<DayRange>) => {
    const next = { ...latest.current, ...change }
    latest.current = next
    const p = new URLSearchParams(window.location.search)
    for (const k of ["from", "to"] as const) {
      if (next[k]) p.set(k, next[k])
      else p.delete(k)
    }
    setParams(p, { replace: true })
  }

  return (
    <div className="flex flex-col gap-y-3">
      <Container className="divide-y p-0">
        <div className="flex flex-wrap items-end justify-between gap-4 px-6 py-4">
          <div>
            <Heading level="h1">Sales</Heading>
            <Text size="small" className="text-ui-fg-subtle">
              From the sales ledger: revenue kept after refunds, canceled and refunded lines left out. Days are UTC days, both ends included.
            </Text>
          </div>
          <DateRangeControl value={chosen} onChange={setRange} />
        </div>
        <Totals range={range} />
      </Container>

      <ReportSection title="Revenue over time" description="Revenue per month, and each year's figures" group_by="month" range={range} limit={1000}>
        {(report) => (
          <div className="grid grid-cols-1 divide-y lg:grid-cols-3 lg:divide-x lg:divide-y-0">
            <div className="px-4 py-4 lg:col-span-2">
              <RevenueOverTime rows={everyMonth(report.rows, range)} currency={report.currency_code} label="Revenue per month" />
            </div>
            <YearTable range={range} />
          </div>
        )}
      </ReportSection>

      <div className="grid grid-cols-1 gap-3 xl:grid-cols-2">
        <Ranking title="By country" description="Where customers were billed" group_by="country" range={range} groupLabel="Country" />
        <Ranking title="By genre" description="Genre of each track sold (an album's: most of its tracks')" group_by="genre" range={range} groupLabel="Genre" />
        <Ranking title="Top artists" description="Best-selling artists" group_by="artist" range={range} groupLabel="Artist" />
        <Ranking title="Top tracks" description="Single tracks; whole albums are counted apart" group_by="track" range={range} groupLabel="Track" />
        <Ranking title="By support rep" description="The customer's support rep at the time of sale" group_by="support_rep" range={range} groupLabel="Support rep" />
        <Ranking title="By media type" description="File format of what was sold" group_by="media_type" range={range} groupLabel="Media type" />
      </div>
    </div>
  )
}

export const config = defineRouteConfig({
  label: "Sales",
  icon: ChartBar,
})

export default SalesPage
