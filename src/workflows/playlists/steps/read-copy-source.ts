import { MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { MUSIC_MODULE } from "../../../modules/music"
import type MusicModuleService from "../../../modules/music/service"
import { PLAYLISTS_MODULE } from "../../../modules/playlists"
import { PLAYLIST_MAX_TRACKS, PLAYLIST_NAME_MAX } from "../../../modules/playlists/limits"
import type PlaylistsModuleService from "../../../modules/playlists/service"
import { editorialPlaylist, sharedPlaylist } from "../utils/access"

export type CopySource = { playlist_id: string } | { share_token: string }

export type CopySourceInput = { source: CopySource; channels: string[] }

/**
 * What a copy starts from: an editorial playlist (by id) or a playlist
 * shared by its owner (by its link's token, while the link works): its name,
 * description and the tracks a visitor sees on it, in order (tracks not on
 * sale in the store's channels are left out, as on the playlist's page;
 * a track listed twice is copied once).
 */
export const readCopySourceStep = createStep("read-copy-source", async ({ source, channels }: CopySourceInput, { container }) => {
  const playlist =
    "share_token" in source ? await sharedPlaylist(container, source.share_token) : await editorialPlaylist(container, source.playlist_id)
  const service: PlaylistsModuleService = container.resolve(PLAYLISTS_MODULE)
  const ids = await service.listEntryTrackIds(playlist.id)
  const music: MusicModuleService = container.resolve(MUSIC_MODULE)
  const tracks = ids.length ? await music.listTracks({ id: ids } as any, { select: ["id", "sales_channel_ids"], take: null }) : []
  const visible = new Set(
    (tracks as any[]).filter((t) => (t.sales_channel_ids ?? []).some((c: string) => channels.includes(c))).map((t) => t.id)
  )
  // A copy is a customer's playlist: each track once (an editorial playlist may list one twice).
  const track_ids = [...new Set(ids.filter((id) => visible.has(id)))]
  if (track_ids.length > PLAYLIST_MAX_TRACKS) {
    throw new MedusaError(
      MedusaError.Types.INVALID_DATA,
      `This playlist has ${track_ids.length.toLocaleString("en-US")} tracks; a playlist of yours holds at most ${PLAYLIST_MAX_TRACKS.toLocaleString("en-US")}.`
    )
  }
  return new StepResponse({
    name: playlist.name.slice(0, PLAYLIST_NAME_MAX),
    description: playlist.description,
    track_ids,
  })
})
