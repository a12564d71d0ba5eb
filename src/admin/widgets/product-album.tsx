import { defineWidgetConfig } from "@medusajs/admin-sdk"
import type { AdminProduct, DetailWidgetProps } from "@medusajs/framework/types"
import { Container, Heading, Table, Text } from "@medusajs/ui"
import { useQuery } from "@tanstack/react-query"
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
  album: { id: string; title: string; artist: { name: string }; tracks: AlbumTrack[] }
}

function duration(ms: number) {
  const s = Math.round(ms / 1000)
  return `${Math.floor(s / 60)}:${String(s % 60).padStart(2, "0")}`
}

/** On an album's product page: the artist and the track list behind the variants. */
const ProductAlbumWidget = ({ data: product }: DetailWidgetProps<AdminProduct>) => {
  const { data, isLoading, error } = useQuery({
    queryKey: ["product-album", product.id],
    queryFn: () => sdk.client.fetch<AlbumResponse>(`/admin/music/products/${product.id}/album`),
    retry: false,
  })

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
            {album.artist.name} · {album.tracks.length} tracks · {duration(total)}
          </Text>
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
