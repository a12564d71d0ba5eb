import { createWorkflow, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { createPlaylistsStep, PlaylistInput } from "./steps/create-playlists"

/** Creates playlists with their tracks in order (the import's editorial playlists). */
export const createPlaylistsWorkflow = createWorkflow("create-playlists", (input: { playlists: PlaylistInput[] }) => {
  return new WorkflowResponse(createPlaylistsStep(input.playlists))
})
