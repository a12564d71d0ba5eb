import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { PLAYLISTS_MODULE } from "../../../modules/playlists"
import type PlaylistsModuleService from "../../../modules/playlists/service"

/** Deletes a playlist with its entries (soft, so that compensation restores both). */
export const deletePlaylistStep = createStep(
  "delete-playlist",
  async (id: string, { container }) => {
    const service: PlaylistsModuleService = container.resolve(PLAYLISTS_MODULE)
    await service.softDeletePlaylists(id)
    return new StepResponse(id, id)
  },
  async (id, { container }) => {
    if (!id) return
    const service: PlaylistsModuleService = container.resolve(PLAYLISTS_MODULE)
    await service.restorePlaylists(id)
  }
)
