import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { PLAYLISTS_MODULE } from "../../../modules/playlists"
import type PlaylistsModuleService from "../../../modules/playlists/service"

export type ReorderInput = { playlist_id: string; track_ids: string[] }

/** Puts the playlist in the given order under its lock; compensation brings back the order it had. */
export const reorderPlaylistEntriesStep = createStep(
  "reorder-playlist-entries",
  async ({ playlist_id, track_ids }: ReorderInput, { container }) => {
    const service: PlaylistsModuleService = container.resolve(PLAYLISTS_MODULE)
    const { previous, count } = await service.reorderEntries(playlist_id, track_ids)
    return new StepResponse({ count }, { playlist_id, previous })
  },
  async (undo, { container }) => {
    if (!undo) return
    const service: PlaylistsModuleService = container.resolve(PLAYLISTS_MODULE)
    await service.restoreEntryOrder(undo.playlist_id, undo.previous)
  }
)
