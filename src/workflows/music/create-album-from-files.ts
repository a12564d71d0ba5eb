import { createStep, createWorkflow, StepResponse, transform, when, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { MUSIC_MODULE } from "../../modules/music"
import type MusicModuleService from "../../modules/music/service"
import type { MasterFormat } from "../../lib/audio/metadata"
import type { MasterMetadata } from "../../lib/audio/track-suggestions"
import { createAlbumsWorkflow } from "./create-albums"
import { createMusicTaxonomyWorkflow } from "./create-music-taxonomy"
import { makePreviewsStep } from "./steps/make-previews"
import { storeAudioFilesStep } from "./steps/store-audio-files"
import { slug } from "./utils/album-product"

/*
 * NOTE for the merge: this is the album-from-files composition of the audio
 * work. It reuses createAlbumsWorkflow (album, tracks, product, links,
 * visibility) and createMusicTaxonomyWorkflow (a new artist's collection);
 * finding or creating an artist by name is its own small step below, to be
 * unified with the admin catalogue's artist workflow if that one lands.
 */

export type AlbumFileTrack = {
  name: string
  /** Position on the album, from 1. */
  track_number: number
  composer: string | null
  genre: string | null
  milliseconds: number
  bytes: number
  /** The file in the audio work folder, already read and accepted. */
  work_path: string
  stored_name: string
  content_type: string
  format: MasterFormat
  metadata: MasterMetadata
}

export type CreateAlbumFromFilesInput = {
  artist: string
  title: string
  tracks: AlbumFileTrack[]
  /** Price of each track; 0.99 by default (Chinook's). */
  unit_price?: number
  album_price?: number
  currency_code?: string
  sales_channel_id?: string
}

/** The artist of that name (any case), or a new one; compensation deletes only one it created. */
const findOrCreateArtistStep = createStep(
  "find-or-create-artist",
  async (input: { name: string }, { container }) => {
    const music: MusicModuleService = container.resolve(MUSIC_MODULE)
    const pattern = input.name.replace(/[\\%_]/g, "\\$&")
    const [found] = await music.listArtists({ name: { $ilike: pattern } } as any, { select: ["id", "name"], take: 1, order: { created_at: "ASC" } } as any)
    if (found) return new StepResponse({ id: found.id, name: found.name, created: false }, null)
    const artist = await music.createArtists({ name: input.name })
    return new StepResponse({ id: artist.id, name: artist.name, created: true }, artist.id)
  },
  async (createdId, { container }) => {
    if (createdId) await (container.resolve(MUSIC_MODULE) as MusicModuleService).deleteArtists(createdId)
  }
)

// Chinook's media types for the formats it has; lossless masters have none.
const MEDIA_TYPE_NAMES: Partial<Record<MasterFormat, string>> = { mp3: "MPEG audio file", m4a: "AAC audio file", aac: "AAC audio file" }

/** Genre and media type ids by the names the tags and formats give (read only; unknown names stay empty). */
const resolveTrackReferencesStep = createStep(
  "resolve-album-file-references",
  async (input: { genres: string[]; media_types: string[] }, { container }) => {
    const music: MusicModuleService = container.resolve(MUSIC_MODULE)
    const byName = async (list: (f: any, c: any) => Promise<{ id: string; name: string }[]>, names: string[]) => {
      const out: Record<string, string> = {}
      for (const name of new Set(names)) {
        const [row] = await list({ name: { $ilike: name.replace(/[\\%_]/g, "\\$&") } }, { select: ["id", "name"], take: 1 })
        if (row) out[name.toLowerCase()] = row.id
      }
      return out
    }
    return new StepResponse({
      genres: await byName((f, c) => music.listGenres(f, c), input.genres),
      media_types: await byName((f, c) => music.listMediaTypes(f, c), input.media_types),
    })
  }
)

/** Names each new track's master, preview and reading; compensation clears them (the album's own compensation deletes the tracks). */
const attachAlbumAudioStep = createStep(
  "attach-album-audio",
  async (input: { id: string; master_file_id: string; preview_file_id: string | null; master_metadata: Record<string, unknown> }[], { container }) => {
    const music: MusicModuleService = container.resolve(MUSIC_MODULE)
    await music.updateTracks(input as any)
    return new StepResponse(input, input.map((t) => t.id))
  },
  async (ids, { container }) => {
    if (!ids?.length) return
    await (container.resolve(MUSIC_MODULE) as MusicModuleService).updateTracks(
      ids.map((id) => ({ id, master_file_id: null, preview_file_id: null, master_metadata: null })) as any
    )
  }
)

/**
 * An album from a set of tagged audio files in one go: the artist found by
 * name or created (with its product collection), the masters stored as
 * private files, their previews cut, then the album, its tracks in tag
 * order and its product made by createAlbumsWorkflow, and each track given
 * its master and preview. A failure anywhere deletes the stored files and
 * every record made.
 */
export const createAlbumFromFilesWorkflow = createWorkflow("create-album-from-files", (input: CreateAlbumFromFilesInput) => {
  const artist = findOrCreateArtistStep(transform({ input }, ({ input }) => ({ name: input.artist })))
  when("create-artist-collection", { artist }, ({ artist }) => artist.created).then(() => {
    createMusicTaxonomyWorkflow.runAsStep({
      input: transform({ artist }, ({ artist }) => ({
        artists: [{ id: artist.id, name: artist.name, handle: `${slug(artist.name) || "artist"}-${artist.id.slice(-6).toLowerCase()}` }],
      })),
    })
  })

  const refs = resolveTrackReferencesStep(
    transform({ input }, ({ input }) => ({
      genres: input.tracks.map((t) => t.genre).filter((g): g is string => !!g),
      media_types: input.tracks.map((t) => MEDIA_TYPE_NAMES[t.format]).filter((m): m is string => !!m),
    }))
  )

  const masters = storeAudioFilesStep(
    transform({ input }, ({ input }) =>
      input.tracks.map((t) => ({ path: t.work_path, filename: t.stored_name, mimeType: t.content_type, access: "private" as const }))
    )
  )
  const previews = makePreviewsStep(
    transform({ input, masters }, ({ input }) =>
      input.tracks.map((t) => ({ path: t.work_path, duration_ms: t.milliseconds, title: t.name, artist: input.artist }))
    )
  )

  const albumInput = transform({ input, artist, refs, previews }, ({ input, artist, refs }) => ({
    currency_code: input.currency_code,
    sales_channel_id: input.sales_channel_id,
    albums: [
      {
        title: input.title,
        artist_id: artist.id,
        album_price: input.album_price,
        tracks: input.tracks.map((t) => ({
          name: t.name,
          composer: t.composer,
          milliseconds: t.milliseconds,
          bytes: t.bytes,
          unit_price: input.unit_price ?? 0.99,
          track_number: t.track_number,
          genre_id: t.genre ? refs.genres[t.genre.toLowerCase()] ?? null : null,
          media_type_id: MEDIA_TYPE_NAMES[t.format] ? refs.media_types[MEDIA_TYPE_NAMES[t.format]!.toLowerCase()] ?? null : null,
        })),
      },
    ],
  }))
  const albums = createAlbumsWorkflow.runAsStep({ input: albumInput })

  const audio = transform({ input, albums, masters, previews }, ({ input, albums, masters, previews }) => {
    const byNumber = new Map(albums[0].tracks.map((t) => [t.track_number, t.id]))
    return input.tracks.map((t, i) => ({
      id: byNumber.get(t.track_number)!,
      master_file_id: masters[i].id,
      preview_file_id: previews.file_ids[i],
      master_metadata: t.metadata as unknown as Record<string, unknown>,
    }))
  })
  attachAlbumAudioStep(audio)

  return new WorkflowResponse(
    transform({ albums, artist, audio, previews }, ({ albums, artist, audio, previews }) => ({
      album: albums[0],
      artist,
      audio,
      warnings: previews.warnings,
    }))
  )
})
