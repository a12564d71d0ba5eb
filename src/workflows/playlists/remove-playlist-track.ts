import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { assertPlaylistOwnerStep } from "./steps/assert-playlist-owner"
import { removePlaylistEntriesStep } from "./steps/remove-playlist-entries"

/** Takes a track out of the customer's own playlist; the tracks after it move up. */
export const removePlaylistTrackWorkflow = createWorkflow(
  "remove-playlist-track",
  (input: { id: string; customer_id: string; track_id: string }) => {
    assertPlaylistOwnerStep(transform({ input }, ({ input }) => ({ playlist_id: input.id, customer_id: input.customer_id })))
    const result = removePlaylistEntriesStep(transform({ input }, ({ input }) => ({ playlist_id: input.id, track_ids: [input.track_id] })))
    return new WorkflowResponse(result)
  }
)
