import { Area, AreaChart, Bar, BarChart, CartesianGrid, ResponsiveContainer, Tooltip, XAxis, YAxis } from "recharts"
import { formatCount, formatMoney, monthLabel, type SalesRow } from "../../lib/sales-report"

// Medusa's interactive blue, readable on the light and the dark theme.
const BLUE = "#3b82f6"
const axis = { fontSize: 12, fill: "currentColor" }

type ChartProps = { rows: SalesRow[]; currency: string; label: string }

function RevenueTooltip({ active, payload, currency }: any) {
  if (!active || !payload?.length) return null
  const row: SalesRow & { name?: string } = payload[0].payload
  return (
    <div className="bg-ui-bg-base shadow-elevation-flyout txt-compact-small rounded-lg px-3 py-2">
      <div className="text-ui-fg-base font-medium">{row.name ?? row.label}</div>
      {row.detail && <div className="text-ui-fg-subtle">{row.detail}</div>}
      <div className="text-ui-fg-subtle">
        {formatMoney(row.revenue, currency)} · {formatCount(row.units)} units · {formatCount(row.orders)} orders
      </div>
    </div>
  )
}

/** Revenue per month as an area, months without sales at zero. */
export function RevenueOverTime({ rows, currency, label }: ChartProps) {
  const data = rows.map((r) => ({ ...r, name: monthLabel(r.key ?? "") }))
  return (
    <figure aria-label={label} className="text-ui-fg-subtle h-72 w-full" data-chart="revenue-over-time">
      <ResponsiveContainer width="100%" height="100%">
        <AreaChart data={data} margin={{ top: 8, right: 16, bottom: 0, left: 8 }}>
          <defs>
            <linearGradient id="sales-revenue-fill" x1="0" y1="0" x2="0" y2="1">
              <stop offset="0%" stopColor={BLUE} stopOpacity={0.35} />
              <stop offset="100%" stopColor={BLUE} stopOpacity={0.02} />
            </linearGradient>
          </defs>
          <CartesianGrid strokeDasharray="3 3" vertical={false} stroke="currentColor" strokeOpacity={0.15} />
          <XAxis dataKey="name" tick={axis} tickLine={false} axisLine={false} minTickGap={24} />
          <YAxis tick={axis} tickLine={false} axisLine={false} width={64} tickFormatter={(v) => formatMoney(v, currency).replace(/\.00$/, "")} />
          <Tooltip content={<RevenueTooltip currency={currency} />} />
          <Area type="monotone" dataKey="revenue" name="Revenue" stroke={BLUE} strokeWidth={2} fill="url(#sales-revenue-fill)" isAnimationActive={false} />
        </AreaChart>
      </ResponsiveContainer>
    </figure>
  )
}

/** Revenue of the first groups as horizontal bars, best at the top. */
export function RevenueBars({ rows, currency, label, max = 10 }: ChartProps & { max?: number }) {
  const data = rows.slice(0, max).map((r) => ({ ...r, name: r.label.length > 28 ? `${r.label.slice(0, 27)}…` : r.label }))
  return (
    <figure aria-label={label} className="text-ui-fg-subtle w-full" style={{ height: Math.max(160, data.length * 30 + 32) }} data-chart="revenue-bars">
      <ResponsiveContainer width="100%" height="100%">
        <BarChart data={data} layout="vertical" margin={{ top: 4, right: 16, bottom: 4, left: 8 }}>
          <CartesianGrid strokeDasharray="3 3" horizontal={false} stroke="currentColor" strokeOpacity={0.15} />
          <XAxis type="number" tick={axis} tickLine={false} axisLine={false} tickFormatter={(v) => formatMoney(v, currency).replace(/\.00$/, "")} />
          <YAxis type="category" dataKey="name" tick={axis} tickLine={false} axisLine={false} width={170} interval={0} />
          <Tooltip content={<RevenueTooltip currency={currency} />} cursor={{ fillOpacity: 0.06 }} />
          <Bar dataKey="revenue" name="Revenue" fill={BLUE} radius={[0, 4, 4, 0]} isAnimationActive={false} />
        </BarChart>
      </ResponsiveContainer>
    </figure>
  )
}
