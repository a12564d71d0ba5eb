import { PencilSquare, Trash } from "@medusajs/icons"
import { Button, Container, createDataTableColumnHelper, DataTable, Heading, Text, useDataTable } from "@medusajs/ui"
import { useMemo, useState } from "react"
import { useNavigate } from "react-router-dom"
import { DeleteDialog } from "./delete-dialog"
import { NamedForm } from "./named-form"
import { useMusicList } from "./use-music-list"

type NamedRow = { id: string; name: string; album_count?: number; track_count?: number }

type Props = {
  title: string
  /** "artists", "genres" or "media-types". */
  path: string
  /** The list's key in the answer: "artists", "genres", "media_types". */
  listKey: string
  noun: string
  /** Where a row leads: its albums or tracks. */
  linkOf: (row: NamedRow) => string
  counts: ("album_count" | "track_count")[]
}

const columnHelper = createDataTableColumnHelper<NamedRow>()

/** Artists, genres and media types: a searchable, paged list to create, rename and delete them. */
export const NamedRecordsPage = ({ title, path, listKey, noun, linkOf, counts }: Props) => {
  const navigate = useNavigate()
  const list = useMusicList<NamedRow>(path, listKey)
  const [editing, setEditing] = useState<NamedRow | null>(null)
  const [formOpen, setFormOpen] = useState(false)
  const [deleting, setDeleting] = useState<NamedRow | null>(null)

  const columns = useMemo(
    () => [
      columnHelper.accessor("name", { header: "Name", enableSorting: true, sortLabel: "Name" }),
      ...counts.map((key) =>
        columnHelper.accessor(key, { header: key === "album_count" ? "Albums" : "Tracks", cell: ({ getValue }) => getValue() ?? 0 })
      ),
      columnHelper.action({
        actions: [
          { label: "Rename", icon: <PencilSquare />, onClick: ({ row }) => { setEditing(row.original); setFormOpen(true) } },
          { label: "Delete", icon: <Trash />, onClick: ({ row }) => setDeleting(row.original) },
        ],
      }),
    ],
    [counts]
  )

  const table = useDataTable({
    columns,
    data: list.rows,
    getRowId: (row) => row.id,
    rowCount: list.count,
    isLoading: list.isLoading,
    ...list.table,
    onRowClick: (_e, row) => navigate(linkOf(row)),
  })

  return (
    <Container className="divide-y p-0">
      <DataTable instance={table}>
        <DataTable.Toolbar className="flex items-center justify-between gap-x-2 px-6 py-4">
          <div>
            <Heading>{title}</Heading>
            <Text size="small" className="text-ui-fg-subtle">
              {list.count} {list.count === 1 ? noun : `${noun}s`}
            </Text>
          </div>
          <div className="flex items-center gap-x-2">
            <DataTable.Search placeholder={`Search ${title.toLowerCase()}`} />
            <DataTable.SortingMenu />
            <Button size="small" variant="secondary" onClick={() => { setEditing(null); setFormOpen(true) }}>
              Create
            </Button>
          </div>
        </DataTable.Toolbar>
        <DataTable.Table />
        <DataTable.Pagination />
      </DataTable>
      <NamedForm open={formOpen} onOpenChange={setFormOpen} path={path} noun={noun} record={editing} />
      <DeleteDialog
        open={!!deleting}
        onOpenChange={(open) => !open && setDeleting(null)}
        path={`${path}/${deleting?.id}`}
        label={`the ${noun} “${deleting?.name ?? ""}”`}
      />
    </Container>
  )
}
