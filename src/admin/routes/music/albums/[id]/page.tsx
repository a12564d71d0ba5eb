import { EllipsisHorizontal, PencilSquare, Trash } from "@medusajs/icons"
import { Button, Container, DropdownMenu, Heading, IconButton, Table, Text, toast } from "@medusajs/ui"
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query"
import { useState } from "react"
import { Link, useNavigate, useParams } from "react-router-dom"
import { AlbumEditDrawer } from "../../../../components/music/album-edit-drawer"
import { formatDuration, formatMoney, messageOf, musicApi, type AlbumDetail, type Track } from "../../../../components/music/api"
import { DeleteDialog } from "../../../../components/music/delete-dialog"
import { MoveTrackDrawer } from "../../../../components/music/move-track-drawer"
import { PriceDialog } from "../../../../components/music/price-dialog"
import { StoreStatus } from "../../../../components/music/status"
import { TrackForm } from "../../../../components/music/track-form"

/** One album: its details, store status and price, its tracks, and everything staff do to them. */
const AlbumPage = () => {
  const { id } = useParams()
  const navigate = useNavigate()
  const queryClient = useQueryClient()
  const { data, isLoading, error } = useQuery({
    queryKey: ["music", "albums", id],
    queryFn: () => musicApi.get<{ album: AlbumDetail }>(`albums/${id}`),
  })
  const [editing, setEditing] = useState(false)
  const [pricing, setPricing] = useState(false)
  const [deleting, setDeleting] = useState(false)
  const [trackForm, setTrackForm] = useState<{ open: boolean; track: Track | null }>({ open: false, track: null })
  const [deletingTrack, setDeletingTrack] = useState<Track | null>(null)
  const [movingTrack, setMovingTrack] = useState<Track | null>(null)

  const update = useMutation({
    mutationFn: (body: Record<string, unknown>) => musicApi.post(`albums/${id}`, body),
    onSuccess: (_d, body) => {
      queryClient.invalidateQueries({ queryKey: ["music"] })
      toast.success(body.published ? "Published: in the store now" : "Unpublished: hidden from the store")
    },
    onError: (e) => toast.error(messageOf(e)),
  })
  const showTrack = useMutation({
    mutationFn: ({ track, published }: { track: Track; published: boolean }) => musicApi.post(`tracks/${track.id}`, { published }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ["music"] }),
    onError: (e) => toast.error(messageOf(e)),
  })

  if (isLoading) return <Container><Text>Loading…</Text></Container>
  if (error || !data) return <Container><Text className="text-ui-fg-error">{messageOf(error)}</Text></Container>
  const album = data.album

  return (
    <div className="flex flex-col gap-y-3">
      <Container className="flex flex-col gap-4 p-6 md:flex-row">
        {album.cover_url && <img src={album.cover_url} alt="" className="h-40 w-40 rounded-lg object-cover" />}
        <div className="flex flex-1 flex-col gap-y-2">
          <div className="flex items-start justify-between gap-x-4">
            <div>
              <Heading level="h1">{album.title}</Heading>
              <Text className="text-ui-fg-subtle">
                <Link className="text-ui-fg-interactive" to={`/music/albums?artist_id=${album.artist.id}`}>{album.artist.name}</Link>
                {" · "}{album.track_count} tracks · {formatDuration(album.milliseconds)}
              </Text>
            </div>
            <div className="flex items-center gap-x-2">
              <StoreStatus published={album.published} status={album.status} />
              <Button size="small" variant="secondary" isLoading={update.isPending} disabled={!album.product_id} onClick={() => update.mutate({ published: !album.published })}>
                {album.published ? "Unpublish" : "Publish"}
              </Button>
              <DropdownMenu>
                <DropdownMenu.Trigger asChild>
                  <IconButton size="small" aria-label="More actions"><EllipsisHorizontal /></IconButton>
                </DropdownMenu.Trigger>
                <DropdownMenu.Content>
                  <DropdownMenu.Item onClick={() => setEditing(true)}><PencilSquare className="mr-2" />Edit</DropdownMenu.Item>
                  <DropdownMenu.Item onClick={() => setPricing(true)}>Change prices</DropdownMenu.Item>
                  <DropdownMenu.Separator />
                  <DropdownMenu.Item onClick={() => setDeleting(true)}><Trash className="mr-2" />Delete</DropdownMenu.Item>
                </DropdownMenu.Content>
              </DropdownMenu>
            </div>
          </div>
          <dl className="grid grid-cols-2 gap-x-6 gap-y-1 text-sm md:grid-cols-4">
            <dt className="text-ui-fg-subtle">Full album</dt>
            <dd>{formatMoney(album.price)}</dd>
            <dt className="text-ui-fg-subtle">Sold</dt>
            <dd>{album.sold.order_lines} order lines · {album.sold.owned_tracks} tracks owned</dd>
            <dt className="text-ui-fg-subtle">Product</dt>
            <dd>{album.product ? <Link className="text-ui-fg-interactive" to={`/products/${album.product.id}`}>{album.product.handle}</Link> : "none"}</dd>
            <dt className="text-ui-fg-subtle">Sales channels</dt>
            <dd>{album.product?.sales_channels?.map((c) => c.name).join(", ") || "none"}</dd>
          </dl>
          {album.delete_refusal && (
            <Text size="small" className="text-ui-fg-subtle">{album.delete_refusal}</Text>
          )}
        </div>
      </Container>

      <Container className="divide-y p-0">
        <div className="flex items-center justify-between px-6 py-4">
          <Heading level="h2">Tracks</Heading>
          <Button size="small" variant="secondary" disabled={!album.product_id} onClick={() => setTrackForm({ open: true, track: null })}>Add track</Button>
        </div>
        <Table>
          <Table.Header>
            <Table.Row>
              <Table.HeaderCell>#</Table.HeaderCell>
              <Table.HeaderCell>Track</Table.HeaderCell>
              <Table.HeaderCell>Genre</Table.HeaderCell>
              <Table.HeaderCell>Media type</Table.HeaderCell>
              <Table.HeaderCell>Length</Table.HeaderCell>
              <Table.HeaderCell>Price</Table.HeaderCell>
              <Table.HeaderCell>Store</Table.HeaderCell>
              <Table.HeaderCell><span className="sr-only">Actions</span></Table.HeaderCell>
            </Table.Row>
          </Table.Header>
          <Table.Body>
            {album.tracks.map((t) => (
              <Table.Row key={t.id}>
                <Table.Cell>{t.track_number}</Table.Cell>
                <Table.Cell>
                  <div>{t.name}</div>
                  {t.composer && <Text size="xsmall" className="text-ui-fg-subtle">{t.composer}</Text>}
                </Table.Cell>
                <Table.Cell>{t.genre?.name ?? "—"}</Table.Cell>
                <Table.Cell>{t.media_type?.name ?? "—"}</Table.Cell>
                <Table.Cell>{formatDuration(t.milliseconds)}</Table.Cell>
                <Table.Cell>{formatMoney(t.price)}</Table.Cell>
                <Table.Cell><StoreStatus published={t.published} hidden={t.hidden} status={album.status} /></Table.Cell>
                <Table.Cell>
                  <DropdownMenu>
                    <DropdownMenu.Trigger asChild>
                      <IconButton size="small" variant="transparent" aria-label={`Actions for ${t.name}`}><EllipsisHorizontal /></IconButton>
                    </DropdownMenu.Trigger>
                    <DropdownMenu.Content>
                      <DropdownMenu.Item onClick={() => setTrackForm({ open: true, track: t })}>Edit</DropdownMenu.Item>
                      <DropdownMenu.Item onClick={() => setMovingTrack(t)}>Move to another album</DropdownMenu.Item>
                      <DropdownMenu.Item onClick={() => showTrack.mutate({ track: t, published: t.hidden })}>{t.hidden ? "Show in store" : "Hide from store"}</DropdownMenu.Item>
                      {t.variant_id && album.product_id && (
                        <DropdownMenu.Item onClick={() => navigate(`/products/${album.product_id}/variants/${t.variant_id}`)}>Open variant</DropdownMenu.Item>
                      )}
                      <DropdownMenu.Separator />
                      <DropdownMenu.Item onClick={() => setDeletingTrack(t)}>Delete</DropdownMenu.Item>
                    </DropdownMenu.Content>
                  </DropdownMenu>
                </Table.Cell>
              </Table.Row>
            ))}
          </Table.Body>
        </Table>
      </Container>

      <AlbumEditDrawer open={editing} onOpenChange={setEditing} album={album} />
      <PriceDialog
        open={pricing}
        onOpenChange={setPricing}
        scope={{ album_id: album.id }}
        names={{ album: `${album.title} — ${album.artist.name}` }}
      />
      <TrackForm open={trackForm.open} onOpenChange={(open) => setTrackForm((s) => ({ ...s, open }))} track={trackForm.track} albumId={album.id} />
      <DeleteDialog
        open={deleting}
        onOpenChange={setDeleting}
        path={`albums/${album.id}`}
        label={`the album “${album.title}”`}
        refusal={album.delete_refusal}
        onDeleted={() => navigate("/music/albums")}
      />
      <MoveTrackDrawer open={!!movingTrack} onOpenChange={(open) => !open && setMovingTrack(null)} track={movingTrack} albumId={album.id} />
      <DeleteDialog
        open={!!deletingTrack}
        onOpenChange={(open) => !open && setDeletingTrack(null)}
        path={`tracks/${deletingTrack?.id}`}
        label={`the track “${deletingTrack?.name ?? ""}”`}
      />
    </div>
  )
}

export default AlbumPage
