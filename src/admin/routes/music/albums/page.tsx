import { defineRouteConfig } from "@medusajs/admin-sdk"
import { XMark } from "@medusajs/icons"
import {
  Button, Container, createDataTableColumnHelper, createDataTableFilterHelper, DataTable, Heading, IconButton, Text, useDataTable,
} from "@medusajs/ui"
import { useQuery } from "@tanstack/react-query"
import { useMemo, useState } from "react"
import { useNavigate, useSearchParams } from "react-router-dom"
import { AlbumCreateModal } from "../../../components/music/album-create-modal"
import { formatDuration, formatMoney, musicApi, type Album } from "../../../components/music/api"
import { PriceDialog } from "../../../components/music/price-dialog"
import { StoreStatus } from "../../../components/music/status"
import { useChoices, useMusicList } from "../../../components/music/use-music-list"

const columnHelper = createDataTableColumnHelper<Album>()
const filterHelper = createDataTableFilterHelper<Album>()

const columns = [
  columnHelper.accessor("cover_url", {
    header: "",
    cell: ({ getValue }) => (getValue() ? <img src={getValue()!} alt="" className="h-8 w-8 rounded object-cover" /> : null),
  }),
  columnHelper.accessor("title", { header: "Title", enableSorting: true, sortLabel: "Title" }),
  columnHelper.accessor("artist.name", { header: "Artist" }),
  columnHelper.accessor("track_count", { header: "Tracks" }),
  columnHelper.accessor("milliseconds", { header: "Length", cell: ({ getValue }) => formatDuration(getValue()) }),
  columnHelper.accessor("price", { header: "Price", cell: ({ getValue }) => formatMoney(getValue()) }),
  columnHelper.accessor("published", {
    header: "Store",
    cell: ({ row }) => <StoreStatus published={row.original.published} status={row.original.status} />,
  }),
]

/** Every album, in the store or not: search by title or artist, filter by genre, media type and status. */
const AlbumsPage = () => {
  const navigate = useNavigate()
  const [params, setParams] = useSearchParams()
  const artistId = params.get("artist_id") ?? undefined
  const fixed = useMemo(() => ({ artist_id: artistId }), [artistId])
  const list = useMusicList<Album>("albums", "albums", fixed)
  const genres = useChoices("genres")
  const mediaTypes = useChoices("media-types")
  const [creating, setCreating] = useState(false)
  const [pricing, setPricing] = useState(false)
  const { data: artist } = useQuery({
    queryKey: ["music", "artists", artistId],
    queryFn: () => musicApi.get<{ artist: { id: string; name: string } }>(`artists/${artistId}`),
    enabled: !!artistId,
  })

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
    onRowClick: (_e, row) => navigate(`/music/albums/${row.id}`),
  })

  return (
    <Container className="divide-y p-0">
      <DataTable instance={table}>
        <DataTable.Toolbar className="flex flex-col items-start justify-between gap-2 px-6 py-4 md:flex-row md:items-center">
          <div>
            <Heading>Albums</Heading>
            <Text size="small" className="text-ui-fg-subtle">{list.count} albums</Text>
          </div>
          <div className="flex items-center gap-x-2">
            <DataTable.FilterMenu tooltip="Filter" />
            <DataTable.SortingMenu />
            <DataTable.Search placeholder="Search title or artist" />
            <Button size="small" variant="secondary" onClick={() => setPricing(true)}>Change prices</Button>
            <Button size="small" onClick={() => setCreating(true)}>Create</Button>
          </div>
        </DataTable.Toolbar>
        {artistId && (
          <div className="flex items-center gap-x-2 px-6 py-2">
            <Text size="small">Artist: {artist?.artist.name ?? "…"}</Text>
            <IconButton size="2xsmall" variant="transparent" aria-label="Show every artist" onClick={() => { params.delete("artist_id"); setParams(params) }}>
              <XMark />
            </IconButton>
          </div>
        )}
        <DataTable.Table />
        <DataTable.Pagination />
      </DataTable>
      <AlbumCreateModal open={creating} onOpenChange={setCreating} />
      <PriceDialog
        open={pricing}
        onOpenChange={setPricing}
        scope={artistId ? { artist_id: artistId } : undefined}
        names={{ artist: artist?.artist.name }}
      />
    </Container>
  )
}

export const config = defineRouteConfig({ label: "Albums", rank: 1 })

export default AlbumsPage
