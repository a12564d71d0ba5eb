import { MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { MUSIC_MODULE } from "../../../modules/music"
import type MusicModuleService from "../../../modules/music/service"
import { albumTag, clearCacheTags } from "../../../lib/catalogue-cache"

export type TrackFields = {
  id: string
  name?: string
  composer?: string | null
  milliseconds?: number
  bytes?: number | null
  track_number?: number
  genre_id?: string | null
  media_type_id?: string | null
}

/**
 * What the staff edit of tracks, albums (their artist) and media types
 * writes to the music module; names of artists, album titles and genres go
 * through updateMusicRecordsStep (src/workflows/music), which the import's
 * rename workflows share.
 */
export type CatalogueRecordUpdates = {
  tracks?: TrackFields[]
  albums?: { id: string; artist_id: string }[]
  media_types?: { id: string; name: string }[]
}

const TRACK_FIELDS = ["id", "album_id", "name", "composer", "milliseconds", "bytes", "track_number", "genre_id", "media_type_id"]

/** Each record's previous values of the fields being changed, for compensation. */
function previousOf<T extends { id: string }>(edits: T[], rows: any[], kind: string) {
  const byId = new Map(rows.map((r) => [r.id, r]))
  return edits.map((edit) => {
    const row = byId.get(edit.id)
    if (!row) throw new MedusaError(MedusaError.Types.NOT_FOUND, `${kind} with id: ${edit.id} was not found`)
    return Object.fromEntries(Object.keys(edit).map((k) => [k, row[k]])) as T
  })
}

/**
 * Updates tracks, moves albums to another artist and renames media types;
 * compensation writes the previous values back. The store's cached cards of
 * every album concerned are cleared (a media type's name shows on its
 * tracks' cards).
 */
export const updateCatalogueRecordsStep = createStep(
  "update-catalogue-records",
  async (input: CatalogueRecordUpdates, { container }) => {
    const music: MusicModuleService = container.resolve(MUSIC_MODULE)
    const previous: CatalogueRecordUpdates = {}
    const albumIds = new Set<string>()
    if (input.tracks?.length) {
      const rows = await music.listTracks({ id: input.tracks.map((t) => t.id) }, { select: TRACK_FIELDS })
      previous.tracks = previousOf(input.tracks, rows, "Track")
      rows.forEach((r) => albumIds.add(r.album_id))
    }
    if (input.albums?.length) {
      const rows = await music.listAlbums({ id: input.albums.map((a) => a.id) }, { select: ["id", "artist_id"] })
      previous.albums = previousOf(input.albums, rows, "Album")
      input.albums.forEach((a) => albumIds.add(a.id))
    }
    if (input.media_types?.length) {
      const ids = input.media_types.map((m) => m.id)
      previous.media_types = previousOf(input.media_types, await music.listMediaTypes({ id: ids }, { select: ["id", "name"] }), "Media type")
      for (const t of await music.listTracks({ media_type_id: ids }, { select: ["album_id"], take: null } as any)) albumIds.add(t.album_id)
    }
    if (input.tracks?.length) await music.updateTracks(input.tracks as any)
    if (input.albums?.length) await music.updateAlbums(input.albums)
    if (input.media_types?.length) await music.updateMediaTypes(input.media_types)
    const album_ids = [...albumIds]
    await clearCacheTags(container, album_ids.map(albumTag))
    return new StepResponse({ ...input, album_ids }, { previous, album_ids })
  },
  async (undo, { container }) => {
    if (!undo) return
    const music: MusicModuleService = container.resolve(MUSIC_MODULE)
    const { previous } = undo
    if (previous.tracks?.length) await music.updateTracks(previous.tracks as any)
    if (previous.albums?.length) await music.updateAlbums(previous.albums)
    if (previous.media_types?.length) await music.updateMediaTypes(previous.media_types)
    await clearCacheTags(container, undo.album_ids.map(albumTag))
  }
)
