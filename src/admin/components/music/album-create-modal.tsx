import { Trash } from "@medusajs/icons"
import { Button, FocusModal, Heading, IconButton, Input, Label, RadioGroup, Text, toast } from "@medusajs/ui"
import { useMutation, useQueryClient } from "@tanstack/react-query"
import { useState } from "react"
import { useNavigate } from "react-router-dom"
import { messageOf, musicApi, type Album } from "./api"
import { parseDuration } from "./duration"
import { ChoiceSelect, RecordPicker } from "./record-picker"
import { useChoices } from "./use-music-list"

type TrackDraft = { name: string; duration: string; price: string; composer: string; genre_id: string | null; media_type_id: string | null }

const emptyTrack = (): TrackDraft => ({ name: "", duration: "", price: "0.99", composer: "", genre_id: null, media_type_id: null })

/**
 * A new album: its artist, title, cover and tracks, sold as one product (a
 * variant per track and one for the whole album) in the store's channel,
 * published at once or kept as a draft.
 */
export const AlbumCreateModal = ({ open, onOpenChange }: { open: boolean; onOpenChange: (open: boolean) => void }) => {
  const navigate = useNavigate()
  const queryClient = useQueryClient()
  const genres = useChoices("genres")
  const mediaTypes = useChoices("media-types")
  const [title, setTitle] = useState("")
  const [artistId, setArtistId] = useState<string | undefined>()
  const [cover, setCover] = useState("")
  const [albumPrice, setAlbumPrice] = useState("")
  const [status, setStatus] = useState<"draft" | "published">("draft")
  const [tracks, setTracks] = useState<TrackDraft[]>([emptyTrack()])

  const setTrack = (i: number, change: Partial<TrackDraft>) => setTracks((ts) => ts.map((t, n) => (n === i ? { ...t, ...change } : t)))
  const tracksValid = tracks.every((t) => t.name.trim() && parseDuration(t.duration) && t.price.trim() !== "" && Number(t.price) >= 0)
  const valid = title.trim() && artistId && tracks.length > 0 && tracksValid && (albumPrice.trim() === "" || Number(albumPrice) >= 0)

  const reset = () => {
    setTitle(""); setArtistId(undefined); setCover(""); setAlbumPrice(""); setStatus("draft"); setTracks([emptyTrack()])
  }

  const create = useMutation({
    mutationFn: () =>
      musicApi.post<{ album: Album }>("albums", {
        title,
        artist_id: artistId,
        cover_url: cover.trim() || null,
        ...(albumPrice.trim() ? { price: Number(albumPrice) } : {}),
        status,
        tracks: tracks.map((t) => ({
          name: t.name,
          milliseconds: parseDuration(t.duration),
          price: Number(t.price),
          composer: t.composer.trim() || null,
          genre_id: t.genre_id,
          media_type_id: t.media_type_id,
        })),
      }),
    onSuccess: ({ album }) => {
      queryClient.invalidateQueries({ queryKey: ["music"] })
      toast.success(`Created “${album.title}”${album.published ? ", in the store now" : " as a draft"}`)
      reset()
      onOpenChange(false)
      navigate(`/music/albums/${album.id}`)
    },
    onError: (error) => toast.error(messageOf(error)),
  })

  return (
    <FocusModal open={open} onOpenChange={onOpenChange}>
      <FocusModal.Content>
        <form
          className="flex h-full flex-col overflow-hidden"
          onSubmit={(e) => {
            e.preventDefault()
            if (valid) create.mutate()
          }}
        >
          <FocusModal.Header>
            <Heading level="h1">New album</Heading>
          </FocusModal.Header>
          <FocusModal.Body className="flex flex-1 flex-col overflow-y-auto">
            <div className="mx-auto flex w-full max-w-[960px] flex-col gap-y-6 px-4 py-8">
              <div className="grid grid-cols-2 gap-4">
                <div className="flex flex-col gap-y-1">
                  <Label htmlFor="album-title" size="small" weight="plus">Title</Label>
                  <Input id="album-title" value={title} onChange={(e) => setTitle(e.target.value)} required maxLength={300} />
                </div>
                <div className="flex flex-col gap-y-1">
                  <Label htmlFor="album-artist" size="small" weight="plus">Artist</Label>
                  <RecordPicker id="album-artist" path="artists" value={artistId} onChange={setArtistId} placeholder="Choose an artist" />
                </div>
                <div className="flex flex-col gap-y-1">
                  <Label htmlFor="album-cover" size="small" weight="plus">Cover URL</Label>
                  <Input id="album-cover" value={cover} onChange={(e) => setCover(e.target.value)} placeholder="None: a cover is generated" />
                </div>
                <div className="flex flex-col gap-y-1">
                  <Label htmlFor="album-price" size="small" weight="plus">Full album price (USD)</Label>
                  <Input id="album-price" type="number" min={0} step="0.01" value={albumPrice} onChange={(e) => setAlbumPrice(e.target.value)} placeholder="80% of the tracks, to .99" />
                </div>
              </div>
              <fieldset className="flex flex-col gap-y-2">
                <legend className="txt-compact-small-plus mb-2">In the store</legend>
                <RadioGroup value={status} onValueChange={(v) => setStatus(v as "draft" | "published")} className="flex gap-x-6">
                  <div className="flex items-center gap-x-2">
                    <RadioGroup.Item value="draft" id="album-draft" />
                    <Label htmlFor="album-draft" size="small">Draft: hidden until published</Label>
                  </div>
                  <div className="flex items-center gap-x-2">
                    <RadioGroup.Item value="published" id="album-published" />
                    <Label htmlFor="album-published" size="small">Published now</Label>
                  </div>
                </RadioGroup>
              </fieldset>
              <div className="flex flex-col gap-y-2">
                <div className="flex items-center justify-between">
                  <Heading level="h2">Tracks</Heading>
                  <Button type="button" size="small" variant="secondary" onClick={() => setTracks((ts) => [...ts, emptyTrack()])}>
                    Add track
                  </Button>
                </div>
                {tracks.map((t, i) => (
                  <fieldset key={i} className="grid grid-cols-[2rem_2fr_5rem_5rem_1.5fr_1.5fr_1.5fr_2rem] items-center gap-2 rounded-lg border p-2">
                    <legend className="sr-only">Track {i + 1}</legend>
                    <Text size="small" className="text-ui-fg-subtle">{i + 1}</Text>
                    <Input aria-label={`Track ${i + 1} name`} placeholder="Name" value={t.name} onChange={(e) => setTrack(i, { name: e.target.value })} required />
                    <Input aria-label={`Track ${i + 1} length`} placeholder="3:45" value={t.duration} onChange={(e) => setTrack(i, { duration: e.target.value })} required />
                    <Input aria-label={`Track ${i + 1} price`} type="number" min={0} step="0.01" value={t.price} onChange={(e) => setTrack(i, { price: e.target.value })} required />
                    <Input aria-label={`Track ${i + 1} composer`} placeholder="Composer" value={t.composer} onChange={(e) => setTrack(i, { composer: e.target.value })} />
                    <ChoiceSelect value={t.genre_id} onChange={(v) => setTrack(i, { genre_id: v })} options={genres} placeholder="Genre" />
                    <ChoiceSelect value={t.media_type_id} onChange={(v) => setTrack(i, { media_type_id: v })} options={mediaTypes} placeholder="Media type" />
                    <IconButton type="button" variant="transparent" size="small" aria-label={`Remove track ${i + 1}`} disabled={tracks.length === 1} onClick={() => setTracks((ts) => ts.filter((_, n) => n !== i))}>
                      <Trash />
                    </IconButton>
                  </fieldset>
                ))}
              </div>
            </div>
          </FocusModal.Body>
          <FocusModal.Footer>
            <FocusModal.Close asChild>
              <Button variant="secondary" size="small" type="button">Cancel</Button>
            </FocusModal.Close>
            <Button size="small" type="submit" isLoading={create.isPending} disabled={!valid}>
              Create album
            </Button>
          </FocusModal.Footer>
        </form>
      </FocusModal.Content>
    </FocusModal>
  )
}
