import { Button, Drawer, Input, Label, toast } from "@medusajs/ui"
import { useMutation, useQueryClient } from "@tanstack/react-query"
import { useEffect, useState } from "react"
import { messageOf, musicApi } from "./api"

type Props = {
  open: boolean
  onOpenChange: (open: boolean) => void
  /** "artists", "genres" or "media-types". */
  path: string
  /** "artist", "genre", "media type". */
  noun: string
  /** The record being renamed; none: a new one. */
  record?: { id: string; name: string } | null
}

/** Creates or renames an artist, a genre or a media type. */
export const NamedForm = ({ open, onOpenChange, path, noun, record }: Props) => {
  const queryClient = useQueryClient()
  const [name, setName] = useState("")
  useEffect(() => {
    if (open) setName(record?.name ?? "")
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [open])

  const save = useMutation({
    mutationFn: () => musicApi.post(record ? `${path}/${record.id}` : path, { name }),
    onSuccess: () => {
      queryClient.invalidateQueries({ queryKey: ["music"] })
      toast.success(record ? `Renamed to “${name.trim()}”` : `Created ${noun} “${name.trim()}”`)
      onOpenChange(false)
    },
    onError: (error) => toast.error(messageOf(error)),
  })

  return (
    <Drawer open={open} onOpenChange={onOpenChange}>
      <Drawer.Content>
        <form
          className="flex h-full flex-col"
          onSubmit={(e) => {
            e.preventDefault()
            save.mutate()
          }}
        >
          <Drawer.Header>
            <Drawer.Title>{record ? `Edit ${noun}` : `New ${noun}`}</Drawer.Title>
          </Drawer.Header>
          <Drawer.Body className="flex flex-col gap-y-2">
            <Label htmlFor="music-name" size="small" weight="plus">
              Name
            </Label>
            <Input id="music-name" value={name} onChange={(e) => setName(e.target.value)} required maxLength={200} autoFocus />
          </Drawer.Body>
          <Drawer.Footer>
            <Drawer.Close asChild>
              <Button variant="secondary" size="small" type="button">
                Cancel
              </Button>
            </Drawer.Close>
            <Button size="small" type="submit" isLoading={save.isPending} disabled={!name.trim()}>
              Save
            </Button>
          </Drawer.Footer>
        </form>
      </Drawer.Content>
    </Drawer>
  )
}
