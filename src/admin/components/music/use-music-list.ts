import type { DataTableFilteringState, DataTablePaginationState, DataTableSortingState } from "@medusajs/ui"
import { keepPreviousData, useQuery } from "@tanstack/react-query"
import { useMemo, useState } from "react"
import { musicApi } from "./api"

export const PAGE_SIZE = 20

/**
 * The state a DataTable of a /admin/music list keeps (search, filters,
 * sorting, page) turned into the list's query, and the page it answers.
 * Sorting by a column asks for `order=<column>` (descending: `-<column>`).
 */
export function useMusicList<T>(
  path: string,
  key: string,
  fixed: Record<string, unknown> = {},
  initialFilters: DataTableFilteringState = {}
) {
  const [pagination, setPagination] = useState<DataTablePaginationState>({ pageIndex: 0, pageSize: PAGE_SIZE })
  const [search, setSearch] = useState("")
  const [filtering, setFiltering] = useState<DataTableFilteringState>(initialFilters)
  const [sorting, setSorting] = useState<DataTableSortingState | null>(null)

  const query = useMemo(
    () => ({
      ...fixed,
      ...filtering,
      q: search.trim() || undefined,
      order: sorting ? `${sorting.desc ? "-" : ""}${sorting.id}` : undefined,
      limit: pagination.pageSize,
      offset: pagination.pageIndex * pagination.pageSize,
    }),
    [fixed, filtering, search, sorting, pagination]
  )
  const { data, isLoading, error } = useQuery({
    queryKey: ["music", path, query],
    queryFn: () => musicApi.list<string, T>(path, query),
    placeholderData: keepPreviousData,
  })

  return {
    rows: ((data as any)?.[key] ?? []) as T[],
    count: data?.count ?? 0,
    isLoading,
    error,
    table: {
      pagination: { state: pagination, onPaginationChange: setPagination },
      search: { state: search, onSearchChange: setSearch },
      filtering: { state: filtering, onFilteringChange: setFiltering },
      sorting: { state: sorting, onSortingChange: setSorting },
    },
  }
}

/** Options for a filter or a select: every genre or media type (there are few), by name. */
export function useChoices(path: "genres" | "media-types") {
  const key = path === "genres" ? "genres" : "media_types"
  const { data } = useQuery({
    queryKey: ["music", path, "choices"],
    queryFn: () => musicApi.list<string, { id: string; name: string }>(path, { limit: 100 }),
  })
  return (((data as any)?.[key] ?? []) as { id: string; name: string }[]).map((r) => ({ label: r.name, value: r.id }))
}
