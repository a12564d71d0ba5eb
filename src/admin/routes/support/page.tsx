import { defineRouteConfig } from "@medusajs/admin-sdk"
import { ChatBubbleLeftRight } from "@medusajs/icons"
import {
  Container,
  createDataTableColumnHelper,
  createDataTableFilterHelper,
  DataTable,
  type DataTableFilteringState,
  type DataTablePaginationState,
  Heading,
  StatusBadge,
  Text,
  useDataTable,
} from "@medusajs/ui"
import { keepPreviousData, useQuery } from "@tanstack/react-query"
import { useMemo, useState } from "react"
import { useNavigate } from "react-router-dom"
import { sdk } from "../../lib/sdk"
import { customerName, dateTime, STATUS_COLOR, STATUS_LABEL } from "../../lib/staff-side/format"
import type { EmployeeRow, SupportRequestRow, SupportStatus } from "../../lib/staff-side/types"

const PAGE = 20
const column = createDataTableColumnHelper<SupportRequestRow>()
const filter = createDataTableFilterHelper<SupportRequestRow>()

const columns = [
  column.accessor("number", { header: "#", cell: ({ getValue }) => `#${getValue()}` }),
  column.accessor("subject", {
    header: "Subject",
    cell: ({ row }) => (
      <div className="flex flex-col">
        <span className="text-ui-fg-base">{row.original.subject}</span>
        {row.original.order && <span className="text-ui-fg-muted txt-compact-xsmall">Order #{row.original.order.display_id}</span>}
      </div>
    ),
  }),
  column.accessor("customer", {
    header: "Customer",
    cell: ({ row }) => (
      <div className="flex flex-col">
        <span>{customerName(row.original.customer)}</span>
        <span className="text-ui-fg-muted txt-compact-xsmall">{row.original.customer?.email}</span>
      </div>
    ),
  }),
  column.accessor("status", {
    header: "Status",
    cell: ({ getValue }) => <StatusBadge color={STATUS_COLOR[getValue() as SupportStatus]}>{STATUS_LABEL[getValue() as SupportStatus]}</StatusBadge>,
  }),
  column.accessor("assignee", { header: "Assigned to", cell: ({ getValue }) => getValue()?.name ?? "Nobody" }),
  column.accessor("reply_count", {
    header: "Replies",
    cell: ({ row }) => `${row.original.reply_count}${row.original.last_author === "customer" && row.original.reply_count ? " · customer last" : ""}`,
  }),
  column.accessor("last_message_at", { header: "Last message", cell: ({ getValue }) => dateTime(getValue()) }),
]

/** The support queue: customers' requests, latest activity first, filtered by status and assignee, searchable. */
const SupportPage = () => {
  const navigate = useNavigate()
  const [pagination, setPagination] = useState<DataTablePaginationState>({ pageIndex: 0, pageSize: PAGE })
  const [filtering, setFiltering] = useState<DataTableFilteringState>({ status: ["open", "pending"] })
  const [search, setSearch] = useState("")

  const employees = useQuery({
    queryKey: ["employees"],
    queryFn: () => sdk.client.fetch<{ employees: EmployeeRow[] }>("/admin/employees"),
  })

  const filters = useMemo(
    () => [
      filter.accessor("status", {
        type: "multiselect",
        label: "Status",
        options: (["open", "pending", "resolved"] as const).map((s) => ({ label: STATUS_LABEL[s], value: s })),
      }),
      filter.accessor("assignee", {
        type: "radio",
        label: "Assigned to",
        options: [{ label: "Nobody", value: "none" }, ...(employees.data?.employees ?? []).map((e) => ({ label: e.name, value: e.id }))],
      }),
    ],
    [employees.data]
  )

  const status = (filtering.status as string[] | undefined) ?? []
  const assignee = filtering.assignee as string | undefined
  const { data, isLoading, error } = useQuery({
    queryKey: ["support-requests", pagination, status, assignee, search],
    queryFn: () =>
      sdk.client.fetch<{ support_requests: SupportRequestRow[]; count: number }>("/admin/support-requests", {
        query: {
          limit: pagination.pageSize,
          offset: pagination.pageIndex * pagination.pageSize,
          ...(status.length ? { status: status.join(",") } : {}),
          ...(assignee ? { assignee_id: assignee } : {}),
          ...(search ? { q: search } : {}),
        },
      }),
    placeholderData: keepPreviousData,
  })

  const table = useDataTable({
    columns,
    data: data?.support_requests ?? [],
    getRowId: (r) => r.id,
    rowCount: data?.count ?? 0,
    isLoading,
    filters,
    filtering: { state: filtering, onFilteringChange: setFiltering },
    pagination: { state: pagination, onPaginationChange: setPagination },
    search: { state: search, onSearchChange: setSearch },
    onRowClick: (_event, row) => navigate(`/support/${row.id}`),
  })

  return (
    <Container className="divide-y p-0">
      <DataTable instance={table}>
        <DataTable.Toolbar className="flex flex-col items-start justify-between gap-2 md:flex-row md:items-center">
          <div>
            <Heading>Support</Heading>
            <Text size="small" className="text-ui-fg-subtle">Customers' requests, assigned to their support rep</Text>
          </div>
          <div className="flex gap-2">
            <DataTable.FilterMenu tooltip="Filter" />
            <DataTable.Search placeholder="Search subject, message, #, customer" />
          </div>
        </DataTable.Toolbar>
        {error ? (
          <Text className="px-6 py-4 text-ui-fg-error">Could not load the queue: {(error as Error).message}</Text>
        ) : (
          <DataTable.Table emptyState={{ empty: { heading: "No support requests" }, filtered: { heading: "No request matches" } }} />
        )}
        <DataTable.Pagination />
      </DataTable>
    </Container>
  )
}

export const config = defineRouteConfig({
  label: "Support",
  icon: ChatBubbleLeftRight,
})

export default SupportPage
