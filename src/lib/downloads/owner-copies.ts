import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, MedusaError, Modules } from "@medusajs/framework/utils"
import { MUSIC_MODULE } from "../../modules/music"
import type MusicModuleService from "../../modules/music/service"
import { ffmpegTimeoutMs, OWNER_FORMATS, transcode, type OwnerFormat } from "../audio/ffmpeg"
import { deleteStoredFiles, storedName, storeWorkFile, withStoredFileOnDisk } from "../audio/stored-files"
import { removeQuietly, workFile } from "../audio/work-files"

/*
 * Owners may download a track as its master or as an MP3 (320 kbps) or AAC
 * copy of it. A copy is made by ffmpeg the first time any owner asks for it
 * and kept as a private file named on the track (mp3_file_id, aac_file_id),
 * so it is made once: under a lock of the Locking Module (Redis with
 * REDIS_URL, so across servers too), the second asker waits and finds it.
 * A new master drops the copies (set-track-master), and they are made again.
 */

const COLUMN = { mp3: "mp3_file_id", aac: "aac_file_id" } as const

type Row = { id: string; name: string; master_file_id: string | null; master_metadata: any; mp3_file_id: string | null; aac_file_id: string | null }

async function readRow(music: MusicModuleService, trackId: string): Promise<Row | undefined> {
  const [row] = await music.listTracks(
    { id: trackId },
    { select: ["id", "name", "master_file_id", "master_metadata", "mp3_file_id", "aac_file_id"] }
  )
  return row as unknown as Row | undefined
}

/** The file id of the track's copy in `format`, made now if it does not exist yet. */
export async function ownerCopy(scope: MedusaContainer, trackId: string, format: OwnerFormat): Promise<string> {
  const music: MusicModuleService = scope.resolve(MUSIC_MODULE)
  const column = COLUMN[format]
  const first = await readRow(music, trackId)
  if (!first) throw new MedusaError(MedusaError.Types.NOT_FOUND, `Track with id: ${trackId} was not found`)
  if (first[column]) return first[column]!

  const locking = scope.resolve(Modules.LOCKING)
  return locking.execute(
    `owner-copy:${trackId}:${format}`,
    async () => {
      const row = await readRow(music, trackId)
      if (!row?.master_file_id) throw new MedusaError(MedusaError.Types.NOT_FOUND, `Track ${trackId} has no master recording.`)
      if (row[column]) return row[column]!
      const masterId = row.master_file_id
      const spec = OWNER_FORMATS[format]
      const out = await workFile(spec.ext)
      let made: string | undefined
      try {
        const started = Date.now()
        await withStoredFileOnDisk(scope, masterId, (master) => transcode(master, out, format, row.master_metadata ?? {}))
        made = (await storeWorkFile(scope, { path: out, filename: storedName(`${row.name}-${format}`, spec.ext), mimeType: spec.contentType, access: "private" })).id
        // The master may have been replaced while ffmpeg ran: then this copy is of the old one.
        const now = await readRow(music, trackId)
        if (now?.master_file_id !== masterId) {
          throw new MedusaError(MedusaError.Types.CONFLICT, `The master of track ${trackId} was replaced meanwhile; ask again.`)
        }
        await music.updateTracks({ id: trackId, [column]: made })
        scope
          .resolve(ContainerRegistrationKeys.LOGGER)
          .info(`Made the ${spec.label} copy of track ${trackId} in ${((Date.now() - started) / 1000).toFixed(1)} s.`)
        return made
      } catch (e) {
        await deleteStoredFiles(scope, [made]).catch(() => {})
        throw e
      } finally {
        await removeQuietly(out)
      }
    },
    { timeout: Math.ceil(ffmpegTimeoutMs() / 1000) }
  )
}
