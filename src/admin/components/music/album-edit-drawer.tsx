import { Button, Drawer, Input, Label, toast } from "@medusajs/ui"
import { useMutation, useQueryClient } from "@tanstack/react-query"
import { useEffect, useState } from "react"
import { messageOf, musicApi, type Album } from "./api"
import { RecordPicker } from "./record-picker"

/** Edits an album: title, cover, artist (its product follows) and the full album's price. */
export const AlbumEditDrawer = ({ open, onOpenChange, album }: { open: boolean; onOpenChange: (open: boolean) => void; album: Album }) => {
  const queryClient = useQueryClient()
  const [title, setTitle] = useState(album.title)
  const [cover, setCover] = useState(album.cover_url ?? "")
  const [artistId, setArtistId] = useState<string | undefined>(album.artist.id)
  const [price, setPrice] = useState(album.price ? album.price.amount.toFixed(2) : "")
  useEffect(() => {
    if (!open) return
    setTitle(album.title); setCover(album.cover_url ?? ""); setArtistId(album.artist.id); setPrice(album.price ? album.price.amount.toFixed(2) : "")
  // Filled when it opens; a refetch behind it leaves what staff typed.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [open])

  const save = useMutation({
    mutationFn: () => {
      const body: Record<string, unknown> = {}
      if (title !== album.title) body.title = title
      if ((cover.trim() || null) !== album.cover_url) body.cover_url = cover.trim() || null
      if (artistId && artistId !== album.artist.id) body.artist_id = artistId
      if (price.trim() !== "" && Number(price) !== album.price?.amount) body.price = Number(price)
      return Object.keys(body).length ? musicApi.post(`albums/${album.id}`, body) : Promise.resolve(null)
    },
    onSuccess: () => {
      queryClient.invalidateQueries({ queryKey: ["music"] })
      toast.success("Album saved")
      onOpenChange(false)
    },
    onError: (error) => toast.error(messageOf(error)),
  })

  return (
    <Drawer open={open} onOpenChange={onOpenChange}>
      <Drawer.Content>
        <form className="flex h-full flex-col" onSubmit={(e) => { e.preventDefault(); save.mutate() }}>
          <Drawer.Header>
            <Drawer.Title>Edit album</Drawer.Title>
          </Drawer.Header>
          <Drawer.Body className="flex flex-col gap-y-4">
            <div className="flex flex-col gap-y-1">
              <Label htmlFor="edit-album-title" size="small" weight="plus">Title</Label>
              <Input id="edit-album-title" value={title} onChange={(e) => setTitle(e.target.value)} required maxLength={300} />
            </div>
            <div className="flex flex-col gap-y-1">
              <Label htmlFor="edit-album-artist" size="small" weight="plus">Artist</Label>
              <RecordPicker id="edit-album-artist" path="artists" value={artistId} onChange={setArtistId} current={album.artist} placeholder="Choose an artist" />
            </div>
            <div className="flex flex-col gap-y-1">
              <Label htmlFor="edit-album-cover" size="small" weight="plus">Cover URL</Label>
              <Input id="edit-album-cover" value={cover} onChange={(e) => setCover(e.target.value)} />
            </div>
            <div className="flex flex-col gap-y-1">
              <Label htmlFor="edit-album-price" size="small" weight="plus">Full album price (USD)</Label>
              <Input id="edit-album-price" type="number" min={0} step="0.01" value={price} onChange={(e) => setPrice(e.target.value)} />
            </div>
          </Drawer.Body>
          <Drawer.Footer>
            <Drawer.Close asChild>
              <Button variant="secondary" size="small" type="button">Cancel</Button>
            </Drawer.Close>
            <Button size="small" type="submit" isLoading={save.isPending} disabled={!title.trim()}>Save</Button>
          </Drawer.Footer>
        </form>
      </Drawer.Content>
    </Drawer>
  )
}
