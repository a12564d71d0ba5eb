import { defineRouteConfig } from "@medusajs/admin-sdk"
import { PencilSquare, Trash } from "@medusajs/icons"
import { Button, Container, createDataTableColumnHelper, DataTable } from "@medusajs/ui"
import { useMemo, useState } from "react"
import { Link, useNavigate, useSearchParams } from "react-router-dom"
import { CatalogueToolbar, LinkedFilter, useCatalogueTable } from "../../../components/music/catalogue-list"
import { formatDuration, formatMoney, type Track } from "../../../components/music/api"
import { DeleteDialog } from "../../../components/music/delete-dialog"
import { PriceDialog } from "../../../components/music/price-dialog"
import { StoreStatus } from "../../../components/music/status"
import { TrackForm } from "../../../components/music/track-form"
import { useMusicList } from "../../../components/music/use-music-list"

const columnHelper = createDataTableColumnHelper<Track>()

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
  const table = useCatalogueTable<Track>(list, columns, setEditing)

  const filtering = list.table.filtering.state as Record<string, string | undefined>
  return (
    <Container className="divide-y p-0">
      <DataTable instance={table}>
        <CatalogueToolbar title="Tracks" count={list.count} noun="tracks" searchPlaceholder="Search name or composer">
          <Button size="small" variant="secondary" onClick={() => setPricing(true)}>Change prices</Button>
        </CatalogueToolbar>
        {LINKED.filter((k) => linked[k]).map((k) => (
          <LinkedFilter
            key={k}
            label={k === "album_id" ? "One album's tracks" : "One artist's tracks"}
            clearLabel="Show every track"
            onClear={() => { params.delete(k); setParams(params) }}
          />
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
