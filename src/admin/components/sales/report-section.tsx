import { ArrowDownTray } from "@medusajs/icons"
import { Button, Container, Heading, Skeleton, Text, toast } from "@medusajs/ui"
import { useState, type ReactNode } from "react"
import { downloadSalesCsv, useSalesReport, type DayRange, type SalesGrouping, type SalesReport } from "../../lib/sales-report"

type Props = {
  title: string
  description: string
  group_by: SalesGrouping
  range: DayRange
  limit: number
  /** The chart and the table, drawn from the report once it is there. */
  children: (report: SalesReport) => ReactNode
}

/** One report of the Sales page: heading, CSV export, and its chart and table, or why there are none. */
export function ReportSection({ title, description, group_by, range, limit, children }: Props) {
  const { data, isLoading, isError, error, isFetching } = useSalesReport(group_by, range, limit)
  const [exporting, setExporting] = useState(false)

  const exportCsv = async () => {
    setExporting(true)
    try {
      await downloadSalesCsv(group_by, range)
    } catch (e) {
      toast.error("The CSV could not be made", { description: (e as Error).message })
    } finally {
      setExporting(false)
    }
  }

  return (
    <Container className="divide-y p-0" aria-busy={isFetching} data-report={group_by}>
      <div className="flex items-center justify-between gap-x-4 px-6 py-4">
        <div>
          <Heading level="h2">{title}</Heading>
          <Text size="small" className="text-ui-fg-subtle">
            {description}
          </Text>
        </div>
        <Button size="small" variant="secondary" onClick={exportCsv} isLoading={exporting} disabled={!data?.rows.length}>
          <ArrowDownTray />
          Export CSV
        </Button>
      </div>
      {isLoading ? (
        <div className="flex flex-col gap-y-3 px-6 py-6" role="status" aria-label={`Loading ${title.toLowerCase()}`}>
          <Skeleton className="h-48 w-full" />
          <Skeleton className="h-4 w-2/3" />
          <Skeleton className="h-4 w-1/2" />
        </div>
      ) : isError || !data ? (
        <div className="px-6 py-6">
          <Text size="small" className="text-ui-fg-error">
            Could not load this report: {(error as Error)?.message ?? "no answer"}
          </Text>
        </div>
      ) : !data.rows.length ? (
        <div className="flex flex-col items-center gap-y-1 px-6 py-10 text-center">
          <Text weight="plus">No sales in this period</Text>
          <Text size="small" className="text-ui-fg-subtle">
            Widen the date range to see figures here.
          </Text>
        </div>
      ) : (
        children(data)
      )}
    </Container>
  )
}
