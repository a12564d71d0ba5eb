import path from "node:path"
import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import { MASTER_FORMATS, readAudioFile } from "../../../../../../lib/audio/metadata"
import { storedName } from "../../../../../../lib/audio/stored-files"
import { masterMetadata, suggestedFields, type MasterMetadata } from "../../../../../../lib/audio/track-suggestions"
import { masterMaxBytes, removeQuietly, streamToFile, workFile } from "../../../../../../lib/audio/work-files"
import { setTrackMasterWorkflow } from "../../../../../../workflows/music/set-track-master"
import { uploadTrackMasterWorkflow } from "../../../../../../workflows/music/upload-track-master"
import { answerRefusedUpload, declaredTooLarge } from "../../../utils/upload-errors"
import type { AdminPutTrackMasterQueryType } from "../../validators"

async function loadTrack(req: AuthenticatedMedusaRequest) {
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const {
    data: [track],
  } = await query.graph({
    entity: "track",
    fields: ["id", "name", "composer", "milliseconds", "bytes", "track_number", "genre.name", "master_file_id", "preview_file_id", "master_metadata"],
    filters: { id: req.params.id },
  })
  if (!track) throw new MedusaError(MedusaError.Types.NOT_FOUND, `Track with id: ${req.params.id} was not found`)
  return track
}

/** What staff see of a master: the reading of the file and the values it offers for the track. */
function describe(meta: MasterMetadata | null) {
  if (!meta) return { audio: null, suggested: null }
  const { tags, size, filename, ...format } = meta
  return { audio: { ...format, size, filename, tags }, suggested: suggestedFields(meta) }
}

/** GET /admin/music/tracks/:id/master: the track's master as read at upload, and what it offers. */
export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const track = await loadTrack(req)
  res.json({
    track: { id: track.id, master_file_id: track.master_file_id ?? null, preview_file_id: track.preview_file_id ?? null },
    ...describe((track.master_metadata as MasterMetadata | null) ?? null),
  })
}

/**
 * PUT /admin/music/tracks/:id/master?filename=name.flac[&apply_tags=true]
 * with the recording as the raw body. The body is written to a work file
 * (never held in memory) and read with music-metadata: anything but MP3,
 * FLAC, AAC/M4A or WAV audio is refused with 415 and never stored. The
 * master is then stored as a private file of the File Module, its 30-second
 * MP3 preview cut with ffmpeg (without ffmpeg the master is still stored and
 * the answer says why there is no preview), and both named on the track; the
 * files they replace are deleted. The answer holds the format, duration,
 * bitrate and tags read, and `suggested` values for the track's fields;
 * `apply_tags=true` writes them (POST …/master/apply-tags does it later).
 */
export async function PUT(req: AuthenticatedMedusaRequest<unknown, AdminPutTrackMasterQueryType>, res: MedusaResponse) {
  const { filename, apply_tags } = req.validatedQuery as AdminPutTrackMasterQueryType
  const track = await loadTrack(req)
  const max = masterMaxBytes()
  const early = declaredTooLarge(req.headers["content-length"], max)
  if (early) {
    answerRefusedUpload(res, early)
    return
  }
  // No extension: music-metadata would trust it over the bytes.
  const work = await workFile()
  try {
    const size = await streamToFile(req, work, max)
    if (!size) throw new MedusaError(MedusaError.Types.INVALID_DATA, "The request body is empty: send the recording as the body.")
    const info = await readAudioFile(work, filename)
    const format = MASTER_FORMATS[info.format]
    const meta = masterMetadata(info, size, filename)
    const { result } = await uploadTrackMasterWorkflow(req.scope).run({
      input: {
        track_id: track.id,
        work_path: work,
        stored_name: storedName(path.parse(filename).name, format.ext),
        content_type: format.contentType,
        metadata: meta,
        track_name: track.name,
        apply_tags,
      },
    })
    res.json({
      track: { id: result.track_id, master_file_id: result.master_file_id, preview_file_id: result.preview_file_id },
      size,
      ...describe(meta),
      applied: result.applied,
      preview: result.preview_file_id ? { made: true } : { made: false },
      warnings: result.warnings,
    })
  } catch (e) {
    if (!answerRefusedUpload(res, e)) throw e
  } finally {
    await removeQuietly(work)
  }
}

/** DELETE /admin/music/tracks/:id/master: owners get the generated demo again; the master, its preview and copies are deleted. */
export async function DELETE(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const { result } = await setTrackMasterWorkflow(req.scope).run({ input: { track_id: req.params.id, file_id: null } })
  res.json({ track: { id: result.track_id, master_file_id: null, preview_file_id: null } })
}
