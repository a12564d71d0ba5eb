import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { PLAYLISTS_MODULE } from "../../../modules/playlists"
import type PlaylistsModuleService from "../../../modules/playlists/service"

export type AddEntriesInput = { playlist_id: string; track_ids: string[]; position?: number }
type Added = { added: string[]; count: number | null }
type Undo = { playlist_id: string; track_ids: string[] }

/** Adds tracks under the playlist's lock (see the module); compensation takes them out again. */
export const addPlaylistEntriesStep = createStep(
  "add-playlist-entries",
  async ({ playlist_id, track_ids, position }: AddEntriesInput, { container }) => {
    const service: PlaylistsModuleService = container.resolve(PLAYLISTS_MODULE)
    if (!track_ids.length) return new StepResponse<Added, Undo>({ added: [], count: null }, { playlist_id, track_ids: [] })
    const { added, count } = await service.addEntries(playlist_id, track_ids, position)
    const ids = added.map((e) => e.track_id)
    return new StepResponse<Added, Undo>({ added: ids, count }, { playlist_id, track_ids: ids })
  },
  async (undo, { container }) => {
    if (!undo?.track_ids.length) return
    const service: PlaylistsModuleService = container.resolve(PLAYLISTS_MODULE)
    await service.removeEntries(undo.playlist_id, undo.track_ids).catch((e) => {
      // The playlist was deleted meanwhile: nothing left to take out.
      if (e?.type !== "not_found") throw e
    })
  }
)
