import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { addPlaylistEntriesStep } from "./steps/add-playlist-entries"
import { assertPlaylistOwnerStep } from "./steps/assert-playlist-owner"
import { validatePlaylistTracksStep } from "./steps/validate-playlist-tracks"

export type AddPlaylistTracksInput = {
  id: string
  customer_id: string
  track_ids: string[]
  /** 0-based; the end when not given. */
  position?: number
  channels: string[]
  /** The request's field, for messages. */
  field?: string
}

/** Adds tracks on sale to the customer's own playlist, at the end or at a position. */
export const addPlaylistTracksWorkflow = createWorkflow("add-playlist-tracks", (input: AddPlaylistTracksInput) => {
  assertPlaylistOwnerStep(transform({ input }, ({ input }) => ({ playlist_id: input.id, customer_id: input.customer_id })))
  validatePlaylistTracksStep(
    transform({ input }, ({ input }) => ({ track_ids: input.track_ids, channels: input.channels, field: input.field ?? "track_ids" }))
  )
  const result = addPlaylistEntriesStep(
    transform({ input }, ({ input }) => ({ playlist_id: input.id, track_ids: input.track_ids, position: input.position }))
  )
  return new WorkflowResponse(result)
})
