import { MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { MUSIC_MODULE } from "../../../modules/music"
import type MusicModuleService from "../../../modules/music/service"
import { clearCacheTags, musicTags } from "../../../lib/catalogue-cache"

export type MusicRecordUpdates = {
  artists?: { id: string; name: string }[]
  albums?: { id: string; title?: string; cover_url?: string | null }[]
  genres?: { id: string; name: string }[]
}

const FIELDS = { artists: ["id", "name"], albums: ["id", "title", "cover_url"], genres: ["id", "name"] } as const

/** Updates artists, albums and genres; compensation puts the previous values back. */
export const updateMusicRecordsStep = createStep(
  "update-music-records",
  async (input: MusicRecordUpdates, { container }) => {
    const music: MusicModuleService = container.resolve(MUSIC_MODULE)
    const previous: MusicRecordUpdates = {}
    // Every record is looked up before any is written, so an unknown id changes nothing.
    const found = <T extends { id: string }>(kind: string, asked: { id: string }[], rows: T[]) => {
      const missing = asked.map((a) => a.id).filter((id) => !rows.some((r) => r.id === id))
      if (missing.length) {
        throw new MedusaError(MedusaError.Types.NOT_FOUND, `id: no ${kind} with id ${missing.join(", ")}`)
      }
      return rows
    }
    if (input.artists?.length) {
      previous.artists = found("artist", input.artists, await music.listArtists({ id: input.artists.map((a) => a.id) }, { select: [...FIELDS.artists] }))
    }
    if (input.albums?.length) {
      previous.albums = found("album", input.albums, await music.listAlbums({ id: input.albums.map((a) => a.id) }, { select: [...FIELDS.albums] }))
    }
    if (input.genres?.length) {
      previous.genres = found("genre", input.genres, await music.listGenres({ id: input.genres.map((g) => g.id) }, { select: [...FIELDS.genres] }))
    }
    if (input.artists?.length) await music.updateArtists(input.artists)
    if (input.albums?.length) await music.updateAlbums(input.albums)
    if (input.genres?.length) await music.updateGenres(input.genres)
    // Cards showing these names are cached; the store shows the new ones at once.
    await clearCacheTags(container, musicTags(input))
    return new StepResponse(input, previous)
  },
  async (previous, { container }) => {
    if (!previous) {
      return
    }
    const music: MusicModuleService = container.resolve(MUSIC_MODULE)
    if (previous.artists?.length) await music.updateArtists(previous.artists)
    if (previous.albums?.length) await music.updateAlbums(previous.albums)
    if (previous.genres?.length) await music.updateGenres(previous.genres)
    await clearCacheTags(container, musicTags(previous))
  }
)
