import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { assertPlaylistOwnerStep } from "./steps/assert-playlist-owner"
import { reorderPlaylistEntriesStep } from "./steps/reorder-playlist-entries"

/** Puts the customer's own playlist in a new order, given whole (each of its tracks once). */
export const reorderPlaylistWorkflow = createWorkflow(
  "reorder-playlist",
  (input: { id: string; customer_id: string; track_ids: string[] }) => {
    assertPlaylistOwnerStep(transform({ input }, ({ input }) => ({ playlist_id: input.id, customer_id: input.customer_id })))
    const result = reorderPlaylistEntriesStep(transform({ input }, ({ input }) => ({ playlist_id: input.id, track_ids: input.track_ids })))
    return new WorkflowResponse(result)
  }
)
