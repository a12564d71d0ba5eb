import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { PLAYLISTS_MODULE } from "../../../modules/playlists"
import type PlaylistsModuleService from "../../../modules/playlists/service"

export type CustomerPlaylistInput = {
  name: string
  description?: string | null
  visibility?: "private" | "public"
}

/**
 * A customer's playlist row: never editorial, private unless asked, and not
 * shared (no token) until its owner shares it.
 */
export const createCustomerPlaylistStep = createStep(
  "create-customer-playlist",
  async (input: CustomerPlaylistInput, { container }) => {
    const service: PlaylistsModuleService = container.resolve(PLAYLISTS_MODULE)
    const playlist = await service.createPlaylists({
      name: input.name,
      description: input.description ?? null,
      visibility: input.visibility ?? "private",
      editorial: false,
      share_token: null,
    })
    return new StepResponse(playlist, playlist.id)
  },
  async (id, { container }) => {
    if (!id) return
    const service: PlaylistsModuleService = container.resolve(PLAYLISTS_MODULE)
    await service.deletePlaylists(id)
  }
)
