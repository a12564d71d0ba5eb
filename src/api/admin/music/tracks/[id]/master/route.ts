import { pipeline } from "node:stream/promises"
import { Transform } from "node:stream"
import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { MedusaError, Modules } from "@medusajs/framework/utils"
import { setTrackMasterWorkflow } from "../../../../../../workflows/music/set-track-master"
import type { AdminPutTrackMasterQueryType } from "../../validators"

/**
 * PUT /admin/music/tracks/:id/master?filename=name.mp3 with the recording as
 * the raw body (Content-Type audio/...): stored as a private file of the
 * File Module, streamed there as it arrives (a master can be hundreds of
 * MB; Medusa's own /admin/uploads reads files into memory and makes them
 * public), then named on the track; the master it replaces is deleted.
 */
export async function PUT(req: AuthenticatedMedusaRequest<unknown, AdminPutTrackMasterQueryType>, res: MedusaResponse) {
  const files = req.scope.resolve(Modules.FILE)
  const { filename } = req.validatedQuery as AdminPutTrackMasterQueryType
  const mimeType = String(req.headers["content-type"] || "application/octet-stream").split(";")[0].trim()
  const upload = await files.getUploadStream({ filename, mimeType, access: "private" })
  let bytes = 0
  const counter = new Transform({
    transform(chunk, _enc, done) {
      bytes += chunk.length
      done(null, chunk)
    },
  })
  let fileId: string
  try {
    await pipeline(req, counter, upload.writeStream)
    fileId = (await upload.promise).key
  } catch (e) {
    await files.deleteFiles(upload.fileKey).catch(() => {})
    throw e
  }
  if (!bytes) {
    await files.deleteFiles(fileId).catch(() => {})
    throw new MedusaError(MedusaError.Types.INVALID_DATA, "The request body is empty: send the recording as the body.")
  }
  try {
    const { result } = await setTrackMasterWorkflow(req.scope).run({ input: { track_id: req.params.id, file_id: fileId } })
    res.json({ track: { id: result.track_id, master_file_id: result.master_file_id }, size: bytes })
  } catch (e) {
    await files.deleteFiles(fileId).catch(() => {})
    throw e
  }
}

/** DELETE /admin/music/tracks/:id/master: owners get the generated demo again; the file is deleted. */
export async function DELETE(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const { result } = await setTrackMasterWorkflow(req.scope).run({ input: { track_id: req.params.id, file_id: null } })
  res.json({ track: { id: result.track_id, master_file_id: null } })
}
