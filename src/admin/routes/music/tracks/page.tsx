import { defineRouteConfig } from "@medusajs/admin-sdk"
import { PencilSquare, Trash, XMark } from "@medusajs/icons"
import {
  Button, Container, createDataTableColumnHelper, createDataTableFilterHelper, DataTable, Heading, IconButton, Text, useDataTable,
} from "@medusajs/ui"
import { useMemo, useState } from "react"
import { Link, useNavigate, useSearchParams } from "react-router-dom"
import { formatDuration, formatMoney, type Track } from "../../../components/music/api"
import { DeleteDialog } from "../../../components/music/delete-dialog"
import { PriceDialog } from "../../../components/music/price-dialog"
import { StoreStatus } from "../../../components/music/status"
import { TrackForm } from "../../../components/music/track-form"
import { useChoices, useMusicList } from "../../../components/music/use-music-list"

const columnHelper = createDataTableColumnHelper<Track>()
const filterHelper = createDataTableFilterHelper<Track>()

/** The URL's filters a link may set (an album's, an artist's tracks) besides the table's own. */
const LINKED = ["album_id", "artist_id"] as const

/** Every track: search by name or composer, filter by genre, media type and status; edit, hide, delete. */
const TracksPage = () => {
  const navigate = useNavigate()
  const [params, setParams] = useSearchParams()
  const linked = useMemo(() => Object.fromEntries(LINKED.map((k) => [k, params.get(k) ?? undefined])), [params])
  // A genre or media type page links here with that filter set; the table owns it afterwards.
  const [initial] = useState(() =>
    Object.fromEntries(["genre_id", "media_type_id"].flatMap((k) => (params.get(k) ? [[k, params.get(k)!]] : [])))
  )
  const list = useMusicList<Track>("tracks", "tracks", linked, initial)
  const genres = useChoices("genres")
  const mediaTypes = useChoices("media-types")
  const [editing, setEditing] = useState<Track | null>(null)
  const [deleting, setDeleting] = useState<Track | null>(null)
  const [pricing, setPricing] = useState(false)
  const columns = useMemo(
    () => [
      columnHelper.accessor("name", { header: "Track", enableSorting: true, sortLabel: "Name" }),
      columnHelper.accessor("album.title", {
        header: "Album",
        cell: ({ row }) => (
          <Link className="text-ui-fg-interactive" to={`/music/albums/${row.original.album.id}`} onClick={(e) => e.stopPropagation()}>
            {row.original.album.title}
          </Link>
        ),
      }),
      columnHelper.accessor("artist.name", { header: "Artist" }),
      columnHelper.accessor("genre.name", { header: "Genre", cell: ({ getValue }) => getValue() ?? "—" }),
      columnHelper.accessor("media_type.name", { header: "Media type", cell: ({ getValue }) => getValue() ?? "—" }),
      columnHelper.accessor("milliseconds", { header: "Length", cell: ({ getValue }) => formatDuration(getValue()) }),
      columnHelper.accessor("price", { header: "Price", cell: ({ getValue }) => formatMoney(getValue()) }),
      columnHelper.accessor("published", {
        header: "Store",
        cell: ({ row }) => <StoreStatus published={row.original.published} hidden={row.original.hidden} />,
      }),
      columnHelper.action({
        actions: [
          { label: "Edit", icon: <PencilSquare />, onClick: ({ row }) => setEditing(row.original) },
          { label: "Delete", icon: <Trash />, onClick: ({ row }) => setDeleting(row.original) },
        ],
      }),
    ],
    []
  )
  const filters = useMemo(
    () => [
      filterHelper.accessor("genre_id" as any, { type: "radio", label: "Genre", options: genres }),
      filterHelper.accessor("media_type_id" as any, { type: "radio", label: "Media type", options: mediaTypes }),
      filterHelper.accessor("published", {
        type: "radio",
        label: "Store",
        options: [{ label: "In store", value: "true" }, { label: "Not in store", value: "false" }],
      }),
    ],
    [genres, mediaTypes]
  )

  const table = useDataTable({
    columns,
    filters,
    data: list.rows,
    getRowId: (row) => row.id,
    rowCount: list.count,
    isLoading: list.isLoading,
    ...list.table,
    onRowClick: (_e, row) => setEditing(row),
  })

  const filtering = list.table.filtering.state as Record<string, string | undefined>
  return (
    <Container className="divide-y p-0">
      <DataTable instance={table}>
        <DataTable.Toolbar className="flex flex-col items-start justify-between gap-2 px-6 py-4 md:flex-row md:items-center">
          <div>
            <Heading>Tracks</Heading>
            <Text size="small" className="text-ui-fg-subtle">{list.count} tracks</Text>
          </div>
          <div className="flex items-center gap-x-2">
            <DataTable.FilterMenu tooltip="Filter" />
            <DataTable.SortingMenu />
            <DataTable.Search placeholder="Search name or composer" />
            <Button size="small" variant="secondary" onClick={() => setPricing(true)}>Change prices</Button>
          </div>
        </DataTable.Toolbar>
        {LINKED.filter((k) => linked[k]).map((k) => (
          <div key={k} className="flex items-center gap-x-2 px-6 py-2">
            <Text size="small">{k === "album_id" ? "One album's tracks" : "One artist's tracks"}</Text>
            <IconButton size="2xsmall" variant="transparent" aria-label="Show every track" onClick={() => { params.delete(k); setParams(params) }}>
              <XMark />
            </IconButton>
          </div>
        ))}
        <DataTable.Table />
        <DataTable.Pagination />
      </DataTable>
      <TrackForm open={!!editing} onOpenChange={(open) => !open && setEditing(null)} track={editing} />
      <DeleteDialog
        open={!!deleting}
        onOpenChange={(open) => !open && setDeleting(null)}
        path={`tracks/${deleting?.id}`}
        label={`the track “${deleting?.name ?? ""}”`}
      />
      <PriceDialog
        open={pricing}
        onOpenChange={setPricing}
        scope={{
          genre_id: filtering.genre_id,
          media_type_id: filtering.media_type_id,
          album_id: linked.album_id,
          artist_id: linked.artist_id,
        }}
      />
    </Container>
  )
}

export const config = defineRouteConfig({ label: "Tracks", rank: 2 })

export default TracksPage
