import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { removeRemoteLinkStep } from "@medusajs/medusa/core-flows"
import { PLAYLISTS_MODULE } from "../../modules/playlists"
import { assertPlaylistOwnerStep } from "./steps/assert-playlist-owner"
import { deletePlaylistStep } from "./steps/delete-playlist"

/** Deletes the customer's own playlist, its entries and its link to them; a share link to it is dead. */
export const deleteCustomerPlaylistWorkflow = createWorkflow(
  "delete-customer-playlist",
  (input: { id: string; customer_id: string }) => {
    assertPlaylistOwnerStep(transform({ input }, ({ input }) => ({ playlist_id: input.id, customer_id: input.customer_id })))
    deletePlaylistStep(transform({ input }, ({ input }) => input.id))
    removeRemoteLinkStep(transform({ input }, ({ input }) => ({ [PLAYLISTS_MODULE]: { playlist_id: [input.id] } }) as Record<string, Record<string, string[]>>))
    return new WorkflowResponse(transform({ input }, ({ input }) => ({ id: input.id })))
  }
)
