import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { PLAYLISTS_MODULE } from "../../../modules/playlists"
import type PlaylistsModuleService from "../../../modules/playlists/service"

export type PlaylistChanges = {
  id: string
  name?: string
  description?: string | null
  visibility?: "private" | "public"
  share_token?: string | null
}

const KEYS = ["name", "description", "visibility", "share_token"] as const

/** Changes a playlist's own fields; compensation puts back the values it replaced. */
export const updatePlaylistStep = createStep(
  "update-playlist",
  async (changes: PlaylistChanges, { container }) => {
    const service: PlaylistsModuleService = container.resolve(PLAYLISTS_MODULE)
    const before = await service.retrievePlaylist(changes.id)
    const previous: PlaylistChanges = { id: changes.id }
    for (const k of KEYS) if (k in changes) (previous as any)[k] = (before as any)[k]
    const updated = await service.updatePlaylists(changes)
    return new StepResponse(updated, previous)
  },
  async (previous, { container }) => {
    if (!previous) return
    const service: PlaylistsModuleService = container.resolve(PLAYLISTS_MODULE)
    await service.updatePlaylists(previous)
  }
)
