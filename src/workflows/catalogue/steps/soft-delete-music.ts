import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { MUSIC_MODULE } from "../../../modules/music"
import type MusicModuleService from "../../../modules/music/service"
import { albumTag, clearCacheTags } from "../../../lib/catalogue-cache"

export type MusicDeletion = {
  artists?: string[]
  albums?: string[]
  tracks?: string[]
  genres?: string[]
  media_types?: string[]
}

type Undo = MusicDeletion & {
  /** Tracks of the deleted albums that were deleted before: a restore of the album must leave them deleted. */
  already_deleted_tracks?: string[]
  /** Albums whose cached cards showed what was deleted. */
  album_ids: string[]
}

/**
 * Soft-deletes music records (an album takes its tracks with it), so the
 * import never makes them again and compensation can restore them. The
 * store's cached cards of their albums are cleared.
 */
export const softDeleteMusicStep = createStep(
  "soft-delete-music",
  async (input: MusicDeletion, { container }) => {
    const music: MusicModuleService = container.resolve(MUSIC_MODULE)
    const albumIds = new Set(input.albums ?? [])
    if (input.tracks?.length) {
      for (const t of await music.listTracks({ id: input.tracks }, { select: ["album_id"] })) albumIds.add(t.album_id)
    }
    // Restoring an album restores every track it ever had; remember which were gone already.
    const alreadyDeleted = input.albums?.length
      ? (
          await music.listTracks({ album_id: input.albums, deleted_at: { $ne: null } } as any, { select: ["id"], withDeleted: true, take: null } as any)
        ).map((t) => t.id)
      : []
    if (input.tracks?.length) await music.softDeleteTracks(input.tracks)
    if (input.albums?.length) await music.softDeleteAlbums(input.albums)
    if (input.artists?.length) await music.softDeleteArtists(input.artists)
    if (input.genres?.length) await music.softDeleteGenres(input.genres)
    if (input.media_types?.length) await music.softDeleteMediaTypes(input.media_types)
    const undo: Undo = { ...input, already_deleted_tracks: alreadyDeleted, album_ids: [...albumIds] }
    await clearCacheTags(container, undo.album_ids.map(albumTag))
    return new StepResponse(input, undo)
  },
  async (undo, { container }) => {
    if (!undo) return
    const music: MusicModuleService = container.resolve(MUSIC_MODULE)
    if (undo.media_types?.length) await music.restoreMediaTypes(undo.media_types)
    if (undo.genres?.length) await music.restoreGenres(undo.genres)
    if (undo.artists?.length) await music.restoreArtists(undo.artists)
    if (undo.albums?.length) {
      await music.restoreAlbums(undo.albums)
      if (undo.already_deleted_tracks?.length) await music.softDeleteTracks(undo.already_deleted_tracks)
    }
    if (undo.tracks?.length) await music.restoreTracks(undo.tracks)
    await clearCacheTags(container, undo.album_ids.map(albumTag))
  }
)
