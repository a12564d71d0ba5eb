import { MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { MUSIC_MODULE } from "../../../modules/music"
import type MusicModuleService from "../../../modules/music/service"

export type TrackInput = {
  chinook_id?: number | null
  name: string
  composer?: string | null
  milliseconds: number
  bytes?: number | null
  unit_price: number
  /** Defaults to the track's position in the list, from 1. */
  track_number?: number
  genre_id?: string | null
  media_type_id?: string | null
}

/** The music module's row for a track of an album; `n` is its place in the list given. */
export function trackRow(t: TrackInput, n: number, albumId: string) {
  return {
    chinook_id: t.chinook_id ?? null,
    name: t.name,
    composer: t.composer ?? null,
    milliseconds: t.milliseconds,
    bytes: t.bytes ?? null,
    unit_price: t.unit_price,
    track_number: t.track_number ?? n + 1,
    genre_id: t.genre_id ?? null,
    media_type_id: t.media_type_id ?? null,
    album_id: albumId,
  }
}

/** A track as a created album carries it, from the music module's record. */
export function createdTrack(t: { id: string; name: string; track_number: number; unit_price: unknown; milliseconds: number; genre_id?: string | null }) {
  return {
    id: t.id,
    name: t.name,
    track_number: t.track_number,
    unit_price: Number(t.unit_price),
    milliseconds: t.milliseconds,
    genre_id: t.genre_id ?? null,
  }
}

export type AlbumInput = {
  chinook_id?: number | null
  title: string
  artist_id: string
  cover_url?: string | null
  tracks: TrackInput[]
  /** Price of the full-album variant; defaults to the store's album rule. */
  album_price?: number
}

export type CreatedAlbum = {
  id: string
  title: string
  cover_url: string | null
  artist: { id: string; name: string }
  tracks: {
    id: string
    name: string
    track_number: number
    unit_price: number
    milliseconds: number
    genre_id: string | null
  }[]
}

export const createAlbumsStep = createStep(
  "create-albums",
  async (albums: AlbumInput[], { container }) => {
    const music: MusicModuleService = container.resolve(MUSIC_MODULE)

    const artistIds = [...new Set(albums.map((a) => a.artist_id))]
    const artists = await music.listArtists({ id: artistIds }, { select: ["id", "name"] })
    const artistById = new Map(artists.map((a) => [a.id, a]))
    const unknown = artistIds.filter((id) => !artistById.has(id))
    if (unknown.length) {
      throw new MedusaError(MedusaError.Types.NOT_FOUND, `artist_id: no artist with id ${unknown.join(", ")}`)
    }

    const created = await music.createAlbums(
      albums.map((a) => ({
        chinook_id: a.chinook_id ?? null,
        title: a.title,
        artist_id: a.artist_id,
        cover_url: a.cover_url ?? null,
      }))
    )
    const tracks = await music.createTracks(
      albums.flatMap((a, i) => a.tracks.map((t, n) => trackRow(t, n, created[i].id)))
    )

    const result: CreatedAlbum[] = created.map((album) => ({
      id: album.id,
      title: album.title,
      cover_url: album.cover_url ?? null,
      artist: { id: album.artist_id, name: artistById.get(album.artist_id)!.name },
      tracks: tracks
        .filter((t) => t.album_id === album.id)
        .map(createdTrack)
        .sort((a, b) => a.track_number - b.track_number),
    }))
    return new StepResponse(result, created.map((a) => a.id))
  },
  async (albumIds, { container }) => {
    if (!albumIds?.length) {
      return
    }
    const music: MusicModuleService = container.resolve(MUSIC_MODULE)
    // Deleting an album cascades to its tracks.
    await music.deleteAlbums(albumIds)
  }
)
