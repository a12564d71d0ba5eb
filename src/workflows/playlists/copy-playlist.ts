import { Modules } from "@medusajs/framework/utils"
import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { createRemoteLinkStep } from "@medusajs/medusa/core-flows"
import { PLAYLISTS_MODULE } from "../../modules/playlists"
import { addPlaylistEntriesStep } from "./steps/add-playlist-entries"
import { createCustomerPlaylistStep } from "./steps/create-customer-playlist"
import { readCopySourceStep, type CopySource } from "./steps/read-copy-source"

export type CopyPlaylistInput = {
  customer_id: string
  source: CopySource
  /** The copy's name; the source's when not given. */
  name?: string
  channels: string[]
}

/**
 * A customer copies an editorial playlist or one shared with them into a
 * private playlist of their own: same name (unless given), description and
 * tracks in the same order. Later changes to either leave the other alone.
 */
export const copyPlaylistWorkflow = createWorkflow("copy-playlist", (input: CopyPlaylistInput) => {
  const source = readCopySourceStep(transform({ input }, ({ input }) => ({ source: input.source, channels: input.channels })))
  const playlist = createCustomerPlaylistStep(
    transform({ input, source }, ({ input, source }) => ({
      name: input.name ?? source.name,
      description: source.description,
      visibility: "private" as const,
    }))
  )
  createRemoteLinkStep(
    transform({ input, playlist }, ({ input, playlist }) => [
      { [PLAYLISTS_MODULE]: { playlist_id: playlist.id }, [Modules.CUSTOMER]: { customer_id: input.customer_id } },
    ])
  )
  addPlaylistEntriesStep(transform({ playlist, source }, ({ playlist, source }) => ({ playlist_id: playlist.id, track_ids: source.track_ids })))
  return new WorkflowResponse(transform({ playlist }, ({ playlist }) => ({ id: playlist.id })))
})
