import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { assertPlaylistOwnerStep } from "./steps/assert-playlist-owner"
import { updatePlaylistStep } from "./steps/update-playlist"

export type UpdateCustomerPlaylistInput = {
  id: string
  customer_id: string
  name?: string
  description?: string | null
  visibility?: "private" | "public"
}

/**
 * Renames, describes or changes the visibility of the customer's own
 * playlist. Made private, its share link stops working at once (the token is
 * kept: making it public again brings the same link back; revoking kills it).
 */
export const updateCustomerPlaylistWorkflow = createWorkflow("update-customer-playlist", (input: UpdateCustomerPlaylistInput) => {
  assertPlaylistOwnerStep(transform({ input }, ({ input }) => ({ playlist_id: input.id, customer_id: input.customer_id })))
  updatePlaylistStep(
    transform({ input }, ({ input }) => {
      const { customer_id, ...changes } = input
      return changes
    })
  )
  return new WorkflowResponse(transform({ input }, ({ input }) => ({ id: input.id })))
})
