import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { MUSIC_MODULE } from "../../../modules/music"
import type MusicModuleService from "../../../modules/music/service"
import { trackRow, type TrackInput } from "./create-albums"

export type AlbumTracksInput = { album_id: string; tracks: TrackInput[] }[]

/** Adds tracks to albums that already exist. */
export const createAlbumTracksStep = createStep(
  "create-album-tracks",
  async (input: AlbumTracksInput, { container }) => {
    const rows = input.flatMap((a) => a.tracks.map((t, n) => trackRow(t, n, a.album_id)))
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
