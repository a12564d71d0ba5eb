import { defineWidgetConfig } from "@medusajs/admin-sdk"
import type { AdminProductVariant, DetailWidgetProps } from "@medusajs/framework/types"
import { Button, Container, Heading, Text } from "@medusajs/ui"
import { useQuery } from "@tanstack/react-query"
import { Link } from "react-router-dom"
import { formatDuration, formatMoney, musicApi, type Album, type Track } from "../components/music/api"
import { StoreStatus } from "../components/music/status"

type VariantMusic = { variant_id: string; kind: "track" | "album"; track: Track | null; album: Album }

/**
 * On a variant's page: the track it sells (or the whole album), with its
 * album, artist, genre, media type, price and store status, and links to
 * the album's page in Music.
 */
const VariantTrackWidget = ({ data: variant }: DetailWidgetProps<AdminProductVariant>) => {
  const { data, isLoading, error } = useQuery({
    queryKey: ["music", "variants", variant.id],
    queryFn: () => musicApi.get<VariantMusic>(`variants/${variant.id}`),
    retry: false,
  })
  // Variants that sell no music have nothing to show here.
  if (isLoading || (error as any)?.status === 404) return null
  if (error || !data) {
    return (
      <Container className="px-6 py-4">
        <Text className="text-ui-fg-error">Could not load the music of this variant: {(error as Error)?.message}</Text>
      </Container>
    )
  }
  const { track, album } = data
  const rows: [string, React.ReactNode][] = track
    ? [
        ["Track", `${track.track_number}. ${track.name}`],
        ["Album", <Link key="a" className="text-ui-fg-interactive" to={`/music/albums/${album.id}`}>{album.title}</Link>],
        ["Artist", <Link key="r" className="text-ui-fg-interactive" to={`/music/albums?artist_id=${album.artist.id}`}>{album.artist.name}</Link>],
        ["Composer", track.composer ?? "—"],
        ["Genre", track.genre ? <Link key="g" className="text-ui-fg-interactive" to={`/music/tracks?genre_id=${track.genre.id}`}>{track.genre.name}</Link> : "—"],
        ["Media type", track.media_type?.name ?? "—"],
        ["Length", formatDuration(track.milliseconds)],
        ["Price", formatMoney(track.price)],
        ["Master recording", track.has_master ? "uploaded" : "none (owners get the generated demo)"],
      ]
    : [
        ["Sells", "the whole album"],
        ["Album", <Link key="a" className="text-ui-fg-interactive" to={`/music/albums/${album.id}`}>{album.title}</Link>],
        ["Artist", <Link key="r" className="text-ui-fg-interactive" to={`/music/albums?artist_id=${album.artist.id}`}>{album.artist.name}</Link>],
        ["Tracks", `${album.track_count} · ${formatDuration(album.milliseconds)}`],
        ["Price", formatMoney(album.price)],
      ]
  return (
    <Container className="divide-y p-0">
      <div className="flex items-center justify-between px-6 py-4">
        <Heading level="h2">{track ? "Track" : "Full album"}</Heading>
        <div className="flex items-center gap-x-2">
          {track ? <StoreStatus published={track.published} hidden={track.hidden} status={album.status} /> : <StoreStatus published={album.published} status={album.status} />}
          <Button size="small" variant="secondary" asChild>
            <Link to={`/music/albums/${album.id}`}>Open in Music</Link>
          </Button>
        </div>
      </div>
      <dl className="grid grid-cols-[max-content_1fr] gap-x-6 gap-y-2 px-6 py-4">
        {rows.map(([label, value]) => (
          <div key={label} className="contents">
            <dt><Text size="small" className="text-ui-fg-subtle">{label}</Text></dt>
            <dd><Text size="small">{value}</Text></dd>
          </div>
        ))}
      </dl>
    </Container>
  )
}

export const config = defineWidgetConfig({
  zone: "product_variant.details.after",
})

export default VariantTrackWidget
