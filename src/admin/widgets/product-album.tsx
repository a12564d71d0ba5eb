import { defineWidgetConfig } from "@medusajs/admin-sdk"
import type { AdminProduct, DetailWidgetProps } from "@medusajs/framework/types"
import { Button, Container, Heading, Table, Text } from "@medusajs/ui"
import { useQuery } from "@tanstack/react-query"
import { Link } from "react-router-dom"
import { formatMoney, musicApi, type AlbumDetail } from "../components/music/api"
import { StoreStatus } from "../components/music/status"
import { sdk } from "../lib/sdk"

type AlbumTrack = {
  id: string
  name: string
  track_number: number
  composer: string | null
  milliseconds: number
  genre: { name: string } | null
  media_type: { name: string } | null
}

type AlbumResponse = {
  album: { id: string; title: string; artist: { id: string; name: string }; tracks: AlbumTrack[] }
}

function duration(ms: number) {
  const s = Math.round(ms / 1000)
  return `${Math.floor(s / 60)}:${String(s % 60).padStart(2, "0")}`
}

/**
 * On an album's product page: the artist and the track list behind the
 * variants, with each track's price and store status, and the way to the
 * album's page in Music (edit, publish, prices, delete).
 */
const ProductAlbumWidget = ({ data: product }: DetailWidgetProps<AdminProduct>) => {
  const { data, isLoading, error } = useQuery({
    queryKey: ["product-album", product.id],
    queryFn: () => sdk.client.fetch<AlbumResponse>(`/admin/music/products/${product.id}/album`),
    retry: false,
  })
  // Prices and store status, once the product is known to sell an album.
  const { data: music } = useQuery({
    queryKey: ["music", "albums", data?.album.id],
    queryFn: () => musicApi.get<{ album: AlbumDetail }>(`albums/${data!.album.id}`),
    enabled: !!data?.album.id,
  })
  const trackOf = new Map((music?.album.tracks ?? []).map((t) => [t.id, t]))

  // Products that are not albums have nothing to show here.
  if (isLoading || (error as any)?.status === 404) {
    return null
  }
  if (error || !data) {
    return (
      <Container className="px-6 py-4">
        <Text className="text-ui-fg-error">Could not load the album: {(error as Error)?.message}</Text>
      </Container>
    )
  }
  const { album } = data
  const total = album.tracks.reduce((ms, t) => ms + t.milliseconds, 0)
  return (
    <Container className="divide-y p-0">
      <div className="flex items-center justify-between px-6 py-4">
        <div>
          <Heading level="h2">Album</Heading>
          <Text size="small" className="text-ui-fg-subtle">
            <Link className="text-ui-fg-interactive" to={`/music/albums?artist_id=${album.artist.id}`}>{album.artist.name}</Link>
            {" · "}{album.tracks.length} tracks · {duration(total)}
            {music ? ` · full album ${formatMoney(music.album.price)}` : ""}
          </Text>
        </div>
        <div className="flex items-center gap-x-2">
          {music && <StoreStatus published={music.album.published} status={music.album.status} />}
          <Button size="small" variant="secondary" asChild>
            <Link to={`/music/albums/${album.id}`}>Open in Music</Link>
          </Button>
        </div>
      </div>
      <Table>
        <Table.Header>
          <Table.Row>
            <Table.HeaderCell>#</Table.HeaderCell>
            <Table.HeaderCell>Track</Table.HeaderCell>
            <Table.HeaderCell>Composer</Table.HeaderCell>
            <Table.HeaderCell>Genre</Table.HeaderCell>
            <Table.HeaderCell className="text-right">Length</Table.HeaderCell>
            <Table.HeaderCell className="text-right">Price</Table.HeaderCell>
            <Table.HeaderCell>Store</Table.HeaderCell>
          </Table.Row>
        </Table.Header>
        <Table.Body>
          {album.tracks.map((t) => (
            <Table.Row key={t.id}>
              <Table.Cell>{t.track_number}</Table.Cell>
              <Table.Cell>{t.name}</Table.Cell>
              <Table.Cell>{t.composer ?? "—"}</Table.Cell>
              <Table.Cell>{t.genre?.name ?? "—"}</Table.Cell>
              <Table.Cell className="text-right">{duration(t.milliseconds)}</Table.Cell>
              <Table.Cell className="text-right">{formatMoney(trackOf.get(t.id)?.price)}</Table.Cell>
              <Table.Cell>
                {trackOf.get(t.id) && <StoreStatus published={trackOf.get(t.id)!.published} hidden={trackOf.get(t.id)!.hidden} status={music?.album.status} />}
              </Table.Cell>
            </Table.Row>
          ))}
        </Table.Body>
      </Table>
    </Container>
  )
}

export const config = defineWidgetConfig({
  zone: "product.details.after",
})

export default ProductAlbumWidget
