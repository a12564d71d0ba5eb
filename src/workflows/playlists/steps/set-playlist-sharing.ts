import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { randomBytes } from "node:crypto"
import { PLAYLISTS_MODULE } from "../../../modules/playlists"
import type PlaylistsModuleService from "../../../modules/playlists/service"

/** 256 random bits, base64url (43 characters): the whole credential of a share link. */
export function newShareToken(): string {
  return randomBytes(32).toString("base64url")
}

type Sharing = { id: string; visibility: "private" | "public"; share_token: string | null }

/**
 * "share": the playlist becomes public and gets a link, or keeps the one it
 * has (sharing twice gives the same link). "revoke": the token is cleared,
 * so the old link is dead for good; sharing again makes a new one.
 * Compensation puts back the visibility and token it found.
 */
export const setPlaylistSharingStep = createStep(
  "set-playlist-sharing",
  async ({ id, action }: { id: string; action: "share" | "revoke" }, { container }) => {
    const service: PlaylistsModuleService = container.resolve(PLAYLISTS_MODULE)
    const before = (await service.retrievePlaylist(id)) as unknown as Sharing
    const previous: Sharing = { id, visibility: before.visibility, share_token: before.share_token }
    const next: Sharing =
      action === "share"
        ? { id, visibility: "public", share_token: before.share_token ?? newShareToken() }
        : { id, visibility: before.visibility, share_token: null }
    if (next.visibility === previous.visibility && next.share_token === previous.share_token) {
      return new StepResponse(before, undefined as Sharing | undefined)
    }
    const updated = await service.updatePlaylists(next)
    return new StepResponse(updated as unknown as Sharing, previous)
  },
  async (previous, { container }) => {
    if (!previous) return
    const service: PlaylistsModuleService = container.resolve(PLAYLISTS_MODULE)
    await service.updatePlaylists(previous)
  }
)
