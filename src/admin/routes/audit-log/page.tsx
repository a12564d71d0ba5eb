import { defineRouteConfig } from "@medusajs/admin-sdk"
import { History } from "@medusajs/icons"
import {
  Badge,
  Container,
  createDataTableColumnHelper,
  createDataTableFilterHelper,
  DataTable,
  type DataTableDateComparisonOperator,
  type DataTableFilteringState,
  type DataTablePaginationState,
  Heading,
  Text,
  useDataTable,
} from "@medusajs/ui"
import { keepPreviousData, useQuery } from "@tanstack/react-query"
import { useMemo, useState } from "react"
import { sdk } from "../../lib/sdk"
import { dateTime } from "../../lib/staff-side/format"

type AuditEntryRow = {
  id: string
  created_at: string
  actor_id: string
  actor_email: string | null
  action: string
  entity: string
  entity_id: string
  summary: string
}

const PAGE = 25
const ENTITY_LABEL: Record<string, string> = {
  album: "Album",
  track: "Track",
  artist: "Artist",
  genre: "Genre",
  media_type: "Media type",
  prices: "Bulk prices",
  product: "Product",
  variant: "Variant",
  price_list: "Price list",
  order: "Order",
  payment: "Payment",
  employee: "Employee",
}
const ACTION_LABEL: Record<string, string> = {
  create: "Created",
  update: "Edited",
  delete: "Deleted",
  publish: "Published",
  unpublish: "Unpublished",
  price_change: "Price change",
  refund: "Refund",
  capture: "Capture",
  cancel: "Canceled",
  return: "Return",
  claim: "Claim",
  exchange: "Exchange",
  order_edit: "Order edit",
}
const ACTION_COLOR: Record<string, "green" | "red" | "orange" | "blue" | "grey" | "purple"> = {
  create: "green",
  delete: "red",
  unpublish: "orange",
  publish: "green",
  price_change: "blue",
  refund: "purple",
  capture: "purple",
  cancel: "red",
  return: "orange",
  claim: "orange",
  exchange: "orange",
  order_edit: "blue",
  update: "grey",
}

const column = createDataTableColumnHelper<AuditEntryRow>()
const filter = createDataTableFilterHelper<AuditEntryRow>()

const columns = [
  column.accessor("created_at", { header: "When", cell: ({ getValue }) => dateTime(getValue()) }),
  column.accessor("actor_email", {
    header: "Who",
    cell: ({ row }) => (
      <div className="flex flex-col">
        <span>{row.original.actor_email ?? "—"}</span>
        <span className="text-ui-fg-muted txt-compact-xsmall">{row.original.actor_id}</span>
      </div>
    ),
  }),
  column.accessor("action", {
    header: "Action",
    cell: ({ getValue }) => (
      <Badge size="2xsmall" color={ACTION_COLOR[getValue()] ?? "grey"}>
        {ACTION_LABEL[getValue()] ?? getValue()}
      </Badge>
    ),
  }),
  column.accessor("entity", {
    header: "What",
    cell: ({ row }) => (
      <div className="flex flex-col">
        <span>{ENTITY_LABEL[row.original.entity] ?? row.original.entity}</span>
        <span className="text-ui-fg-muted txt-compact-xsmall">{row.original.entity_id}</span>
      </div>
    ),
  }),
  column.accessor("summary", {
    header: "Change",
    cell: ({ getValue }) => <span className="whitespace-normal break-words">{getValue()}</span>,
  }),
]

/** A day picked in the filter covers all of it: from its start to its end (UTC, as the API reads dates). */
function dateRange(value: DataTableDateComparisonOperator | undefined) {
  const out: Record<string, string> = {}
  if (value?.$gte) out.from = value.$gte
  if (value?.$gt) out.from = value.$gt
  if (value?.$lte) out.to = value.$lte
  if (value?.$lt) out.to = value.$lt
  return out
}

/** The audit trail: every staff change (prices, publishing, deletions, refunds, employees), newest first. */
const AuditLogPage = () => {
  const [pagination, setPagination] = useState<DataTablePaginationState>({ pageIndex: 0, pageSize: PAGE })
  const [filtering, setFiltering] = useState<DataTableFilteringState>({})

  const users = useQuery({
    queryKey: ["audit-log-users"],
    queryFn: () => sdk.client.fetch<{ users: { id: string; email: string }[] }>("/admin/users", { query: { fields: "id,email", limit: 100 } }),
  })

  const filters = useMemo(
    () => [
      filter.accessor("entity", {
        type: "radio",
        label: "What",
        options: Object.entries(ENTITY_LABEL).map(([value, label]) => ({ label, value })),
      }),
      filter.accessor("action", {
        type: "radio",
        label: "Action",
        options: Object.entries(ACTION_LABEL).map(([value, label]) => ({ label, value })),
      }),
      filter.accessor("actor_id", {
        type: "radio",
        label: "Who",
        options: (users.data?.users ?? []).map((u) => ({ label: u.email, value: u.id })),
      }),
      filter.accessor("created_at", {
        type: "date",
        label: "When",
        format: "date",
        options: [
          { label: "Last 24 hours", value: { $gte: new Date(Date.now() - 86_400_000).toISOString() } },
          { label: "Last 7 days", value: { $gte: new Date(Date.now() - 7 * 86_400_000).toISOString() } },
          { label: "Last 30 days", value: { $gte: new Date(Date.now() - 30 * 86_400_000).toISOString() } },
        ],
      }),
    ],
    [users.data]
  )

  const entity = filtering.entity as string | undefined
  const action = filtering.action as string | undefined
  const actor = filtering.actor_id as string | undefined
  const range = dateRange(filtering.created_at as DataTableDateComparisonOperator | undefined)
  const { data, isLoading, error } = useQuery({
    queryKey: ["audit-log", pagination, entity, action, actor, range.from, range.to],
    queryFn: () =>
      sdk.client.fetch<{ audit_entries: AuditEntryRow[]; count: number }>("/admin/audit-log", {
        query: {
          limit: pagination.pageSize,
          offset: pagination.pageIndex * pagination.pageSize,
          ...(entity ? { entity } : {}),
          ...(action ? { action } : {}),
          ...(actor ? { actor_id: actor } : {}),
          ...range,
        },
      }),
    placeholderData: keepPreviousData,
  })

  const table = useDataTable({
    columns,
    data: data?.audit_entries ?? [],
    getRowId: (r) => r.id,
    rowCount: data?.count ?? 0,
    isLoading,
    filters,
    filtering: { state: filtering, onFilteringChange: setFiltering },
    pagination: { state: pagination, onPaginationChange: setPagination },
  })

  return (
    <Container className="divide-y p-0">
      <DataTable instance={table}>
        <DataTable.Toolbar className="flex flex-col items-start justify-between gap-2 md:flex-row md:items-center">
          <div>
            <Heading>Audit log</Heading>
            <Text size="small" className="text-ui-fg-subtle">
              Who changed what, and when: prices, publishing, deletions, refunds and employees
            </Text>
          </div>
          <DataTable.FilterMenu tooltip="Filter" />
        </DataTable.Toolbar>
        {error ? (
          <Text className="px-6 py-4 text-ui-fg-error">Could not load the audit log: {(error as Error).message}</Text>
        ) : (
          <DataTable.Table emptyState={{ empty: { heading: "No staff changes yet" }, filtered: { heading: "No change matches" } }} />
        )}
        <DataTable.Pagination />
      </DataTable>
    </Container>
  )
}

export const config = defineRouteConfig({
  label: "Audit log",
  icon: History,
})

export default AuditLogPage
