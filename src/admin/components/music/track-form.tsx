import { Button, Drawer, Input, Label, Switch, Text, toast } from "@medusajs/ui"
import { useMutation, useQueryClient } from "@tanstack/react-query"
import { useEffect, useState } from "react"
import { formatDuration, messageOf, musicApi, type Track } from "./api"
import { parseDuration } from "./duration"
import { ChoiceSelect } from "./record-picker"
import { useChoices } from "./use-music-list"

type Props = {
  open: boolean
  onOpenChange: (open: boolean) => void
  /** The track to edit; none: a new track of `albumId`. */
  track?: Track | null
  albumId?: string
}

type Draft = {
  name: string
  composer: string
  duration: string
  track_number: string
  genre_id: string | null
  media_type_id: string | null
  price: string
  published: boolean
}

const draftOf = (t?: Track | null): Draft => ({
  name: t?.name ?? "",
  composer: t?.composer ?? "",
  duration: t ? formatDuration(t.milliseconds) : "",
  track_number: t ? String(t.track_number) : "",
  genre_id: t?.genre?.id ?? null,
  media_type_id: t?.media_type?.id ?? null,
  price: t?.price ? t.price.amount.toFixed(2) : "0.99",
  published: t ? !t.hidden : true,
})

/**
 * Adds a track to an album (a new variant of its product) or edits one: its
 * details, its price, and whether the store shows it (its album stays).
 */
export const TrackForm = ({ open, onOpenChange, track, albumId }: Props) => {
  const queryClient = useQueryClient()
  const genres = useChoices("genres")
  const mediaTypes = useChoices("media-types")
  const [draft, setDraft] = useState<Draft>(draftOf(track))
  useEffect(() => {
    if (open) setDraft(draftOf(track))
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [open])
  const set = <K extends keyof Draft>(key: K, value: Draft[K]) => setDraft((d) => ({ ...d, [key]: value }))

  const milliseconds = parseDuration(draft.duration)
  const price = Number(draft.price)
  const valid = draft.name.trim() && milliseconds && draft.price.trim() !== "" && Number.isFinite(price) && price >= 0

  const save = useMutation({
    mutationFn: () => {
      const body: Record<string, unknown> = {
        name: draft.name,
        composer: draft.composer.trim() || null,
        milliseconds,
        genre_id: draft.genre_id,
        media_type_id: draft.media_type_id,
        price,
      }
      if (draft.track_number.trim()) body.track_number = Number(draft.track_number)
      if (track) return musicApi.post(`tracks/${track.id}`, { ...body, published: draft.published })
      return musicApi.post("tracks", { ...body, album_id: albumId })
    },
    onSuccess: () => {
      queryClient.invalidateQueries({ queryKey: ["music"] })
      toast.success(track ? "Track saved" : "Track added")
      onOpenChange(false)
    },
    onError: (error) => toast.error(messageOf(error)),
  })

  const field = (id: string, label: string, input: React.ReactNode, hint?: string) => (
    <div className="flex flex-col gap-y-1">
      <Label htmlFor={id} size="small" weight="plus">
        {label}
      </Label>
      {input}
      {hint && (
        <Text size="xsmall" className="text-ui-fg-subtle">
          {hint}
        </Text>
      )}
    </div>
  )

  return (
    <Drawer open={open} onOpenChange={onOpenChange}>
      <Drawer.Content>
        <form
          className="flex h-full flex-col overflow-hidden"
          onSubmit={(e) => {
            e.preventDefault()
            if (valid) save.mutate()
          }}
        >
          <Drawer.Header>
            <Drawer.Title>{track ? `Edit “${track.name}”` : "Add a track"}</Drawer.Title>
          </Drawer.Header>
          <Drawer.Body className="flex flex-col gap-y-4 overflow-y-auto">
            {field("track-name", "Name", <Input id="track-name" value={draft.name} onChange={(e) => set("name", e.target.value)} required maxLength={300} />)}
            {field("track-composer", "Composer", <Input id="track-composer" value={draft.composer} onChange={(e) => set("composer", e.target.value)} maxLength={300} />)}
            <div className="grid grid-cols-3 gap-x-2">
              {field("track-duration", "Length", <Input id="track-duration" value={draft.duration} onChange={(e) => set("duration", e.target.value)} placeholder="3:45" required />, "m:ss")}
              {field("track-number", "Number", <Input id="track-number" type="number" min={1} value={draft.track_number} onChange={(e) => set("track_number", e.target.value)} placeholder="last" />)}
              {field("track-price", "Price (USD)", <Input id="track-price" type="number" min={0} step="0.01" value={draft.price} onChange={(e) => set("price", e.target.value)} required />)}
            </div>
            {field("track-genre", "Genre", <ChoiceSelect id="track-genre" value={draft.genre_id} onChange={(v) => set("genre_id", v)} options={genres} placeholder="No genre" />)}
            {field("track-media", "Media type", <ChoiceSelect id="track-media" value={draft.media_type_id} onChange={(v) => set("media_type_id", v)} options={mediaTypes} placeholder="No media type" />)}
            {track && (
              <div className="flex items-center justify-between gap-x-4 rounded-lg border p-3">
                <div>
                  <Label htmlFor="track-published" size="small" weight="plus">
                    On sale in the store
                  </Label>
                  <Text size="xsmall" className="text-ui-fg-subtle">
                    Off: hidden from the store and carts; owners keep it, the album stays on sale.
                  </Text>
                </div>
                <Switch id="track-published" checked={draft.published} onCheckedChange={(v) => set("published", v)} />
              </div>
            )}
          </Drawer.Body>
          <Drawer.Footer>
            <Drawer.Close asChild>
              <Button variant="secondary" size="small" type="button">
                Cancel
              </Button>
            </Drawer.Close>
            <Button size="small" type="submit" isLoading={save.isPending} disabled={!valid}>
              Save
            </Button>
          </Drawer.Footer>
        </form>
      </Drawer.Content>
    </Drawer>
  )
}
