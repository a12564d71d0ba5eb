import { Modules } from "@medusajs/framework/utils"
import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { createRemoteLinkStep } from "@medusajs/medusa/core-flows"
import { PLAYLISTS_MODULE } from "../../modules/playlists"
import { addPlaylistEntriesStep } from "./steps/add-playlist-entries"
import { createCustomerPlaylistStep, type CustomerPlaylistInput } from "./steps/create-customer-playlist"
import { validatePlaylistTracksStep } from "./steps/validate-playlist-tracks"

export type CreateCustomerPlaylistInput = CustomerPlaylistInput & {
  customer_id: string
  /** Tracks to start with, in order (each on sale in `channels`). */
  track_ids?: string[]
  channels: string[]
}

/** A customer makes a playlist of their own: the row, the link to them, its first tracks. */
export const createCustomerPlaylistWorkflow = createWorkflow("create-customer-playlist", (input: CreateCustomerPlaylistInput) => {
  const trackIds = transform({ input }, ({ input }) => input.track_ids ?? [])
  validatePlaylistTracksStep(transform({ input, trackIds }, ({ input, trackIds }) => ({ track_ids: trackIds, channels: input.channels, field: "track_ids" })))
  const playlist = createCustomerPlaylistStep(
    transform({ input }, ({ input }) => ({ name: input.name, description: input.description, visibility: input.visibility }))
  )
  createRemoteLinkStep(
    transform({ input, playlist }, ({ input, playlist }) => [
      { [PLAYLISTS_MODULE]: { playlist_id: playlist.id }, [Modules.CUSTOMER]: { customer_id: input.customer_id } },
    ])
  )
  addPlaylistEntriesStep(transform({ playlist, trackIds }, ({ playlist, trackIds }) => ({ playlist_id: playlist.id, track_ids: trackIds })))
  return new WorkflowResponse(transform({ playlist }, ({ playlist }) => ({ id: playlist.id })))
})
