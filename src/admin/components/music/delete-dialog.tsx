import { toast } from "@medusajs/ui"
import { useMutation, useQueryClient } from "@tanstack/react-query"
import { useEffect, useState } from "react"
import { DeletePrompt } from "../delete-prompt"
import { messageOf, musicApi } from "./api"

type Props = {
  open: boolean
  onOpenChange: (open: boolean) => void
  /** The API path of the record, e.g. "albums/alb_…". */
  path: string
  /** "the album “Kind of Blue”". */
  label: string
  /** Why it may not be deleted, when already known (the record's delete_refusal). */
  refusal?: string | null
  onDeleted?: () => void
}

/**
 * Asks before deleting, and when the store refuses (a sold album, an artist
 * with albums, a genre in use) shows the reason it gave instead of deleting.
 */
export const DeleteDialog = ({ open, onOpenChange, path, label, refusal, onDeleted }: Props) => {
  const queryClient = useQueryClient()
  const [reason, setReason] = useState<string | null>(refusal ?? null)
  useEffect(() => {
    if (open) setReason(refusal ?? null)
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [open])

  const remove = useMutation({
    mutationFn: () => musicApi.remove(path),
    onSuccess: () => {
      queryClient.invalidateQueries({ queryKey: ["music"] })
      toast.success(`Deleted ${label}`)
      onOpenChange(false)
      onDeleted?.()
    },
    onError: (error) => setReason(messageOf(error)),
  })

  return (
    <DeletePrompt
      open={open}
      onOpenChange={onOpenChange}
      label={label}
      reason={reason}
      warning="This cannot be undone."
      isPending={remove.isPending}
      onConfirm={() => remove.mutate()}
    />
  )
}
