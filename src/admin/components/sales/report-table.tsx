import { Table, Text } from "@medusajs/ui"
import { formatCount, formatMoney, type SalesRow } from "../../lib/sales-report"

/** The figures behind a chart: one row per group, as the chart orders them. */
export function ReportTable({ rows, currency, groupLabel, rank = false }: { rows: SalesRow[]; currency: string; groupLabel: string; rank?: boolean }) {
  return (
    <Table>
      <Table.Header>
        <Table.Row>
          {rank && <Table.HeaderCell className="w-8">#</Table.HeaderCell>}
          <Table.HeaderCell>{groupLabel}</Table.HeaderCell>
          <Table.HeaderCell className="text-right">Revenue</Table.HeaderCell>
          <Table.HeaderCell className="text-right">Units</Table.HeaderCell>
          <Table.HeaderCell className="text-right">Orders</Table.HeaderCell>
        </Table.Row>
      </Table.Header>
      <Table.Body>
        {rows.map((r, i) => (
          <Table.Row key={r.key ?? "none"}>
            {rank && <Table.Cell className="text-ui-fg-muted">{i + 1}</Table.Cell>}
            <Table.Cell className="max-w-[260px]">
              <Text size="small" leading="compact" className="truncate" title={r.label}>
                {r.label}
              </Text>
              {r.detail && (
                <Text size="xsmall" leading="compact" className="text-ui-fg-subtle truncate" title={r.detail}>
                  {r.detail}
                </Text>
              )}
            </Table.Cell>
            <Table.Cell className="text-right tabular-nums">{formatMoney(r.revenue, currency)}</Table.Cell>
            <Table.Cell className="text-right tabular-nums">{formatCount(r.units)}</Table.Cell>
            <Table.Cell className="text-right tabular-nums">{formatCount(r.orders)}</Table.Cell>
          </Table.Row>
        ))}
      </Table.Body>
    </Table>
  )
}
