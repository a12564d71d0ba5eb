import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { MUSIC_MODULE } from "../../../modules/music"
import type MusicModuleService from "../../../modules/music/service"
import type { TrackInput } from "./create-albums"

export type AlbumTracksInput = { album_id: string; tracks: TrackInput[] }[]

/** Adds tracks to albums that already exist. */
export const createAlbumTracksStep = createStep(
  "create-album-tracks",
  async (input: AlbumTracksInput, { container }) => {
    const rows = input.flatMap((a) =>
      a.tracks.map((t, n) => ({
        chinook_id: t.chinook_id ?? null,
        name: t.name,
        composer: t.composer ?? null,
        milliseconds: t.milliseconds,
        bytes: t.bytes ?? null,
        unit_price: t.unit_price,
        track_number: t.track_number ?? n + 1,
        genre_id: t.genre_id ?? null,
        media_type_id: t.media_type_id ?? null,
        album_id: a.album_id,
      }))
    )
    if (!rows.length) {
      return new StepResponse([], [] as string[])
    }
    const music: MusicModuleService = container.resolve(MUSIC_MODULE)
    const created = await music.createTracks(rows)
    return new StepResponse(created, created.map((t) => t.id))
  },
  async (ids, { container }) => {
    if (!ids?.length) {
      return
    }
    await (container.resolve(MUSIC_MODULE) as MusicModuleService).deleteTracks(ids)
  }
)
