import { createWorkflow, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { PlaylistTracksInput, setPlaylistTracksStep } from "./steps/set-playlist-tracks"

/** Sets playlists' tracks to exactly the given lists, in order, keeping the entries that stay. */
export const setPlaylistTracksWorkflow = createWorkflow("set-playlist-tracks", (input: { playlists: PlaylistTracksInput }) => {
  return new WorkflowResponse(setPlaylistTracksStep(input.playlists))
})
