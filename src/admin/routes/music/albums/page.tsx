import { defineRouteConfig } from "@medusajs/admin-sdk"
import { Button, Container, createDataTableColumnHelper, DataTable } from "@medusajs/ui"
import { useQuery } from "@tanstack/react-query"
import { useMemo, useState } from "react"
import { useNavigate, useSearchParams } from "react-router-dom"
import { AlbumCreateModal } from "../../../components/music/album-create-modal"
import { CatalogueToolbar, LinkedFilter, useCatalogueTable } from "../../../components/music/catalogue-list"
import { formatDuration, formatMoney, musicApi, type Album } from "../../../components/music/api"
import { PriceDialog } from "../../../components/music/price-dialog"
import { StoreStatus } from "../../../components/music/status"
import { useMusicList } from "../../../components/music/use-music-list"

const columnHelper = createDataTableColumnHelper<Album>()

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
  const [creating, setCreating] = useState(false)
  const [pricing, setPricing] = useState(false)
  const { data: artist } = useQuery({
    queryKey: ["music", "artists", artistId],
    queryFn: () => musicApi.get<{ artist: { id: string; name: string } }>(`artists/${artistId}`),
    enabled: !!artistId,
  })

  const table = useCatalogueTable<Album>(list, columns, (row) => navigate(`/music/albums/${row.id}`))

  return (
    <Container className="divide-y p-0">
      <DataTable instance={table}>
        <CatalogueToolbar title="Albums" count={list.count} noun="albums" searchPlaceholder="Search title or artist">
          <Button size="small" variant="secondary" onClick={() => setPricing(true)}>Change prices</Button>
          <Button size="small" onClick={() => setCreating(true)}>Create</Button>
        </CatalogueToolbar>
        {artistId && (
          <LinkedFilter
            label={`Artist: ${artist?.artist.name ?? "…"}`}
            clearLabel="Show every artist"
            onClear={() => { params.delete("artist_id"); setParams(params) }}
          />
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
