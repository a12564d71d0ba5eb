import { XMark } from "@medusajs/icons"
import {
  createDataTableFilterHelper, DataTable, Heading, IconButton, Text, useDataTable, type DataTableColumnDef,
} from "@medusajs/ui"
import { useMemo, type ReactNode } from "react"
import { useChoices, useMusicList } from "./use-music-list"

/** The albums and tracks lists filter alike: genre, media type, and whether the record is in the store. */
export function useCatalogueFilters<T extends { published: boolean }>() {
  const genres = useChoices("genres")
  const mediaTypes = useChoices("media-types")
  return useMemo(() => {
    const filterHelper = createDataTableFilterHelper<T>()
    return [
      filterHelper.accessor("genre_id" as any, { type: "radio", label: "Genre", options: genres }),
      filterHelper.accessor("media_type_id" as any, { type: "radio", label: "Media type", options: mediaTypes }),
      filterHelper.accessor("published" as any, {
        type: "radio",
        label: "Store",
        options: [{ label: "In store", value: "true" }, { label: "Not in store", value: "false" }],
      }),
    ]
  }, [genres, mediaTypes])
}

/** A DataTable over a /admin/music list with the catalogue filters; a row click does `onRowClick`. */
export function useCatalogueTable<T extends { id: string; published: boolean }>(
  list: Pick<ReturnType<typeof useMusicList>, "count" | "isLoading" | "table"> & { rows: T[] },
  columns: DataTableColumnDef<T, any>[],
  onRowClick: (row: T) => void
) {
  const filters = useCatalogueFilters<T>()
  return useDataTable({
    columns,
    filters,
    data: list.rows,
    getRowId: (row) => row.id,
    rowCount: list.count,
    isLoading: list.isLoading,
    ...list.table,
    onRowClick: (_e, row) => onRowClick(row),
  })
}

/** The toolbar of a catalogue list: its name and count, filter, sort and search, then the page's own buttons. */
export function CatalogueToolbar(props: { title: string; count: number; noun: string; searchPlaceholder: string; children?: ReactNode }) {
  return (
    <DataTable.Toolbar className="flex flex-col items-start justify-between gap-2 px-6 py-4 md:flex-row md:items-center">
      <div>
        <Heading>{props.title}</Heading>
        <Text size="small" className="text-ui-fg-subtle">{props.count} {props.noun}</Text>
      </div>
      <div className="flex items-center gap-x-2">
        <DataTable.FilterMenu tooltip="Filter" />
        <DataTable.SortingMenu />
        <DataTable.Search placeholder={props.searchPlaceholder} />
        {props.children}
      </div>
    </DataTable.Toolbar>
  )
}

/** A filter that came in with a link (one artist's, one album's), shown with a button that drops it. */
export function LinkedFilter(props: { label: ReactNode; clearLabel: string; onClear: () => void }) {
  return (
    <div className="flex items-center gap-x-2 px-6 py-2">
      <Text size="small">{props.label}</Text>
      <IconButton size="2xsmall" variant="transparent" aria-label={props.clearLabel} onClick={props.onClear}>
        <XMark />
      </IconButton>
    </div>
  )
}
