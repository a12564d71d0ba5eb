import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { PLAYLISTS_MODULE } from "../../../modules/playlists"
import type PlaylistsModuleService from "../../../modules/playlists/service"

export type RemoveEntriesInput = { playlist_id: string; track_ids: string[] }

/** Removes tracks under the playlist's lock; compensation puts the same entries back near their places. */
export const removePlaylistEntriesStep = createStep(
  "remove-playlist-entries",
  async ({ playlist_id, track_ids }: RemoveEntriesInput, { container }) => {
    const service: PlaylistsModuleService = container.resolve(PLAYLISTS_MODULE)
    const { removed, count } = await service.removeEntries(playlist_id, track_ids)
    return new StepResponse({ removed: removed.map((e) => e.track_id), count }, { playlist_id, removed })
  },
  async (undo, { container }) => {
    if (!undo?.removed.length) return
    const service: PlaylistsModuleService = container.resolve(PLAYLISTS_MODULE)
    await service.reinsertEntries(undo.playlist_id, undo.removed)
  }
)
