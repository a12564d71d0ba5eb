import { Button, Drawer, Input, Label, Text, toast } from "@medusajs/ui"
import { useMutation, useQueryClient } from "@tanstack/react-query"
import { useEffect, useState } from "react"
import { messageOf, musicApi, type Track } from "./api"
import { RecordPicker } from "./record-picker"

type Props = { open: boolean; onOpenChange: (open: boolean) => void; track: Track | null; albumId: string }

/**
 * Moves a track to another album (POST /admin/music/tracks/:id/move): it is
 * then sold on that album's product, at the end of it unless a place is
 * given; who bought it keeps it, and its sales stay in the reports.
 */
export const MoveTrackDrawer = ({ open, onOpenChange, track, albumId }: Props) => {
  const queryClient = useQueryClient()
  const [target, setTarget] = useState<string | undefined>()
  const [place, setPlace] = useState("")
  const [error, setError] = useState<string | null>(null)
  useEffect(() => {
    if (open) {
      setTarget(undefined)
      setPlace("")
      setError(null)
    }
  }, [open])

  const move = useMutation({
    mutationFn: () =>
      musicApi.post<{ track: Track }>(`tracks/${track!.id}/move`, {
        album_id: target,
        ...(place.trim() ? { track_number: Number(place) } : {}),
      }),
    onSuccess: () => {
      queryClient.invalidateQueries({ queryKey: ["music"] })
      toast.success(`Moved “${track?.name}”`)
      onOpenChange(false)
    },
    onError: (e) => setError(messageOf(e)),
  })

  return (
    <Drawer open={open} onOpenChange={onOpenChange}>
      <Drawer.Content>
        <form className="flex h-full flex-col" onSubmit={(e) => { e.preventDefault(); move.mutate() }}>
          <Drawer.Header>
            <Drawer.Title>Move “{track?.name}” to another album</Drawer.Title>
          </Drawer.Header>
          <Drawer.Body className="flex flex-col gap-y-4">
            <Text size="small" className="text-ui-fg-subtle">
              The track is sold on the other album from then on, at its price. Customers who bought it keep it, and its
              past sales stay in the reports. Both albums are renumbered: the tracks after it here move up a place, and
              on the other album the tracks from its new number on move down one.
            </Text>
            <div className="flex flex-col gap-y-1">
              <Label htmlFor="move-track-album" size="small" weight="plus">Album</Label>
              <RecordPicker id="move-track-album" path="albums" value={target} onChange={setTarget} placeholder="Choose an album" />
            </div>
            <div className="flex flex-col gap-y-1">
              <Label htmlFor="move-track-number" size="small" weight="plus">Track number (optional: last)</Label>
              <Input id="move-track-number" type="number" min={1} step={1} value={place} onChange={(e) => setPlace(e.target.value)} />
            </div>
            {error && <Text size="small" role="alert" className="text-ui-fg-error">{error}</Text>}
          </Drawer.Body>
          <Drawer.Footer>
            <Drawer.Close asChild>
              <Button variant="secondary" size="small" type="button">Cancel</Button>
            </Drawer.Close>
            <Button size="small" type="submit" isLoading={move.isPending} disabled={!target || target === albumId}>Move</Button>
          </Drawer.Footer>
        </form>
      </Drawer.Content>
    </Drawer>
  )
}
