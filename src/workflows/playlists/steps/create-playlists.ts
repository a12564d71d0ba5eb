import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { PLAYLISTS_MODULE } from "../../../modules/playlists"
import type PlaylistsModuleService from "../../../modules/playlists/service"

export type PlaylistInput = {
  chinook_id?: number | null
  name: string
  description?: string | null
  editorial?: boolean
  visibility?: "private" | "public"
  /** Music-module track ids, in playlist order. */
  track_ids: string[]
}

export const createPlaylistsStep = createStep(
  "create-playlists",
  async (input: PlaylistInput[], { container }) => {
    const service: PlaylistsModuleService = container.resolve(PLAYLISTS_MODULE)
    const created = await service.createPlaylists(
      input.map(({ track_ids, ...p }) => ({
        ...p,
        visibility: p.visibility ?? (p.editorial ? "public" : "private"),
        // No share link until its owner shares it (see set-playlist-sharing.ts).
        share_token: null,
      }))
    )
    const entries = input.flatMap((p, i) =>
      p.track_ids.map((track_id, position) => ({ track_id, position, playlist_id: created[i].id }))
    )
    if (entries.length) {
      await service.createPlaylistTracks(entries)
    }
    return new StepResponse(created, created.map((p) => p.id))
  },
  async (ids, { container }) => {
    if (!ids?.length) {
      return
    }
    const service: PlaylistsModuleService = container.resolve(PLAYLISTS_MODULE)
    await service.deletePlaylists(ids)
  }
)
