import { Button, Input, Label, Select, Text } from "@medusajs/ui"
import type { DayRange } from "../../lib/sales-report"

const day = (d: Date) => d.toISOString().slice(0, 10)

/** Quick ranges, worked out in UTC days as the reports count them. */
function presets(now = new Date()): { value: string; label: string; range: DayRange }[] {
  const y = now.getUTCFullYear()
  const yearAgo = new Date(now)
  yearAgo.setUTCFullYear(y - 1)
  yearAgo.setUTCDate(yearAgo.getUTCDate() + 1)
  const monthAgo = new Date(now.getTime() - 29 * 24 * 60 * 60 * 1000)
  return [
    { value: "all", label: "All time", range: { from: "", to: "" } },
    { value: "30d", label: "Last 30 days", range: { from: day(monthAgo), to: day(now) } },
    { value: "12m", label: "Last 12 months", range: { from: day(yearAgo), to: day(now) } },
    { value: "this-year", label: "This year", range: { from: `${y}-01-01`, to: `${y}-12-31` } },
    { value: "last-year", label: "Last year", range: { from: `${y - 1}-01-01`, to: `${y - 1}-12-31` } },
  ]
}

/** From and To (UTC days, both included) with quick ranges; an empty end is open. */
export function DateRangeControl({ value, onChange }: { value: DayRange; onChange: (change: Partial<DayRange>) => void }) {
  const quick = presets()
  const current = quick.find((p) => p.range.from === value.from && p.range.to === value.to)?.value ?? ""
  const backwards = !!value.from && !!value.to && value.from > value.to
  return (
    <div className="flex flex-col gap-y-1">
      <div className="flex flex-wrap items-end gap-2">
        <div className="flex flex-col gap-y-1">
          <Label size="xsmall" htmlFor="sales-from" className="text-ui-fg-subtle">
            From
          </Label>
          <Input id="sales-from" type="date" size="small" value={value.from} max={value.to || undefined} onChange={(e) => onChange({ from: e.target.value })} />
        </div>
        <div className="flex flex-col gap-y-1">
          <Label size="xsmall" htmlFor="sales-to" className="text-ui-fg-subtle">
            To
          </Label>
          <Input id="sales-to" type="date" size="small" value={value.to} min={value.from || undefined} onChange={(e) => onChange({ to: e.target.value })} />
        </div>
        <div className="w-40">
          <Select size="small" value={current} onValueChange={(v) => onChange(quick.find((p) => p.value === v)!.range)}>
            <Select.Trigger aria-label="Quick range">
              <Select.Value placeholder="Custom range" />
            </Select.Trigger>
            <Select.Content>
              {quick.map((p) => (
                <Select.Item key={p.value} value={p.value}>
                  {p.label}
                </Select.Item>
              ))}
            </Select.Content>
          </Select>
        </div>
        {(value.from || value.to) && (
          <Button size="small" variant="transparent" onClick={() => onChange({ from: "", to: "" })}>
            Clear
          </Button>
        )}
      </div>
      {backwards && (
        <Text size="xsmall" className="text-ui-fg-error" role="alert">
          From must be on or before To.
        </Text>
      )}
    </div>
  )
}
