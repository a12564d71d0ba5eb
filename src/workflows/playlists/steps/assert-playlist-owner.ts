import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { ownPlaylist } from "../utils/access"

export type PlaylistOwnerInput = { playlist_id: string; customer_id: string }

/** Stops the workflow with a 404 unless the playlist is the customer's own. */
export const assertPlaylistOwnerStep = createStep(
  "assert-playlist-owner",
  async ({ playlist_id, customer_id }: PlaylistOwnerInput, { container }) => {
    return new StepResponse(await ownPlaylist(container, customer_id, playlist_id))
  }
)
