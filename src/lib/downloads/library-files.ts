import { createReadStream } from "node:fs"
import path from "node:path"
import type { Readable } from "node:stream"
import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, MedusaError, Modules } from "@medusajs/framework/utils"
import type { FileToSend } from "../../api/utils/send-file"
import { OWNER_FORMATS } from "../audio/ffmpeg"
import type { TrackCopyFormat } from "./access-token"
import { FullDemoFiles } from "./full-demo"
import { localMasterFile, masterContentType, masterStorage } from "./master-storage"
import { ownerCopy } from "./owner-copies"

/** What a download or stream needs to know of a track. */
export type LibraryTrack = {
  id: string
  name: string
  track_number: number
  milliseconds: number
  master_file_id: string | null
  genre?: { name: string } | null
  album?: { id: string; title: string; artist?: { name: string } | null } | null
}

const TRACK_FIELDS = [
  "id",
  "name",
  "track_number",
  "milliseconds",
  "master_file_id",
  "genre.name",
  "album.id",
  "album.title",
  "album.artist.name",
]

export async function loadTrack(scope: MedusaContainer, id: string): Promise<LibraryTrack | undefined> {
  const query = scope.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({ entity: "track", fields: TRACK_FIELDS, filters: { id } })
  return data[0] as LibraryTrack | undefined
}

export async function loadAlbumTracks(
  scope: MedusaContainer,
  albumId: string
): Promise<{ id: string; title: string; artist?: string; tracks: LibraryTrack[] } | undefined> {
  const query = scope.resolve(ContainerRegistrationKeys.QUERY)
  const {
    data: [album],
  } = await query.graph({ entity: "album", fields: ["id", "title", "artist.name", "tracks.id"], filters: { id: albumId } })
  if (!album) return undefined
  const ids = (album.tracks ?? []).map((t: any) => t.id)
  const { data } = ids.length
    ? await query.graph({ entity: "track", fields: TRACK_FIELDS, filters: { id: ids } })
    : { data: [] }
  const tracks = (data as LibraryTrack[]).sort((a, b) => a.track_number - b.track_number)
  return { id: album.id, title: album.title, artist: album.artist?.name, tracks }
}

/** Slashes and control characters have no place in a file name or a ZIP entry. */
const safeName = (text: string) => text.replace(/[\\/\x00-\x1f\x7f]+/g, "-").trim()

/** "Artist - Title.ext", the name a download is saved under. */
export function trackFileName(track: LibraryTrack, ext: string) {
  const demo = track.master_file_id ? "" : " (demo)"
  const artist = track.album?.artist?.name
  return safeName(`${artist ? `${artist} - ` : ""}${track.name}${demo}`) + ext
}

/** "07 Title.ext", a track's entry in its album's ZIP. */
export function albumEntryName(track: LibraryTrack, ext: string) {
  const demo = track.master_file_id ? "" : " (demo)"
  return `${String(track.track_number).padStart(2, "0")} ${safeName(track.name)}${demo}${ext}`
}

const masterExt = (fileId: string) => path.extname(fileId).toLowerCase() || ".bin"

/**
 * How a track's audio reaches its owner: a presigned S3 URL to redirect to,
 * or a file on this server (a local private master, or the rendered demo).
 */
export type TrackAudio = { redirect: string } | { file: Omit<FileToSend, "disposition"> }

/** Masters a browser's <audio> may not play, or plays at a wasteful size: streamed as their MP3 copy. */
export const needsPlayableCopy = (masterFileId: string) => [".flac", ".wav"].includes(masterExt(masterFileId))

/**
 * The audio an owner gets: the master, or (`format`) its MP3 or AAC copy,
 * made on the first request (see owner-copies.ts); the generated demo when
 * the track has no master.
 */
export async function trackAudio(scope: MedusaContainer, track: LibraryTrack, demos: FullDemoFiles, format?: TrackCopyFormat): Promise<TrackAudio> {
  const masterId = track.master_file_id
  if (masterId) {
    const fileId = format ? await ownerCopy(scope, track.id, format) : masterId
    const storage = masterStorage(scope)
    if (storage.kind === "s3") {
      const files = scope.resolve(Modules.FILE)
      return { redirect: (await files.retrieveFile(fileId)).url }
    }
    const local = await localMasterFile(fileId, storage.dir)
    if (!local) {
      scope.resolve(ContainerRegistrationKeys.LOGGER).error(`Track ${track.id}: its ${format ?? "master"} file ${fileId} is not in the private files folder.`)
      throw new MedusaError(MedusaError.Types.NOT_FOUND, `The recording of track ${track.id} is missing.`)
    }
    return {
      file: {
        ...local,
        contentType: format ? OWNER_FORMATS[format].contentType : masterContentType(fileId),
        filename: trackFileName(track, format ? OWNER_FORMATS[format].ext : masterExt(fileId)),
        // File ids are unique per upload: a replaced master gets a new tag.
        etag: `"${fileId.replace(/[^\w.-]/g, "_")}"`,
      },
    }
  }
  const demo = await demos.file(demoInput(track))
  return {
    file: { path: demo.path, size: demo.size, contentType: "audio/wav", filename: trackFileName(track, ".wav"), etag: `"${demo.key}"` },
  }
}

/** A track's bytes as a stream, for the album ZIP; through the File Module for masters. */
export async function trackStream(
  scope: MedusaContainer,
  track: LibraryTrack,
  demos: FullDemoFiles
): Promise<{ name: string; open: () => Promise<Readable> }> {
  const fileId = track.master_file_id
  if (fileId) {
    const files = scope.resolve(Modules.FILE)
    return { name: albumEntryName(track, masterExt(fileId)), open: async () => (await files.getDownloadStream(fileId)) as Readable }
  }
  return {
    name: albumEntryName(track, ".wav"),
    open: async () => createReadStream((await demos.file(demoInput(track))).path, { highWaterMark: 1024 * 1024 }),
  }
}

/** What the demo generator needs of a track. */
export function demoInput(track: LibraryTrack) {
  return {
    id: track.id,
    name: track.name,
    milliseconds: track.milliseconds,
    artist: track.album?.artist?.name,
    genre: track.genre?.name,
  }
}
