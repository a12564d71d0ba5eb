import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { MUSIC_MODULE } from "../../../modules/music"
import type MusicModuleService from "../../../modules/music/service"

type Named = { name: string; chinook_id?: number | null }

export type ReferenceRecordsInput = {
  genres?: Named[]
  media_types?: Named[]
  artists?: Named[]
}

export const createReferenceRecordsStep = createStep(
  "create-music-reference-records",
  async (input: ReferenceRecordsInput, { container }) => {
    const music: MusicModuleService = container.resolve(MUSIC_MODULE)
    const genres = input.genres?.length ? await music.createGenres(input.genres) : []
    const media_types = input.media_types?.length ? await music.createMediaTypes(input.media_types) : []
    const artists = input.artists?.length ? await music.createArtists(input.artists) : []
    return new StepResponse(
      { genres, media_types, artists },
      {
        genres: genres.map((g) => g.id),
        media_types: media_types.map((m) => m.id),
        artists: artists.map((a) => a.id),
      }
    )
  },
  async (created, { container }) => {
    if (!created) {
      return
    }
    const music: MusicModuleService = container.resolve(MUSIC_MODULE)
    await music.deleteArtists(created.artists)
    await music.deleteMediaTypes(created.media_types)
    await music.deleteGenres(created.genres)
  }
)
