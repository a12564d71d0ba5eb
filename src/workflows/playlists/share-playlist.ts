import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { assertPlaylistOwnerStep } from "./steps/assert-playlist-owner"
import { setPlaylistSharingStep } from "./steps/set-playlist-sharing"

/** Shares the customer's own playlist: it becomes public with a link (the one it has, or a new one). */
export const sharePlaylistWorkflow = createWorkflow("share-playlist", (input: { id: string; customer_id: string }) => {
  assertPlaylistOwnerStep(transform({ input }, ({ input }) => ({ playlist_id: input.id, customer_id: input.customer_id })))
  const playlist = setPlaylistSharingStep(transform({ input }, ({ input }) => ({ id: input.id, action: "share" as const })))
  return new WorkflowResponse(playlist)
})

/** Revokes the share link of the customer's own playlist: that link is dead for good. */
export const revokePlaylistShareWorkflow = createWorkflow("revoke-playlist-share", (input: { id: string; customer_id: string }) => {
  assertPlaylistOwnerStep(transform({ input }, ({ input }) => ({ playlist_id: input.id, customer_id: input.customer_id })))
  const playlist = setPlaylistSharingStep(transform({ input }, ({ input }) => ({ id: input.id, action: "revoke" as const })))
  return new WorkflowResponse(playlist)
})
