import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import { localMasterFile, masterStorage } from "../../../../../../lib/downloads/master-storage"
import { ifNoneMatchMatches } from "../../../../../utils/entity-tags"
import { sendFile } from "../../../../../utils/send-file"

/**
 * Sends a track's preview cut from its master (a private file, so that a
 * hidden album's previews stay unreachable): from disk with Range and a
 * strong ETag (file ids are unique per upload), or on S3 a redirect to a
 * presigned URL. False when the file is missing: the caller then plays the
 * generated demo rather than failing.
 */
export async function sendStoredPreview(
  req: MedusaRequest,
  res: MedusaResponse,
  track: { id: string; name: string; preview_file_id: string }
): Promise<boolean> {
  const fileId = track.preview_file_id
  const storage = masterStorage(req.scope)
  if (storage.kind === "s3") {
    const { url } = await req.scope.resolve(Modules.FILE).retrieveFile(fileId)
    // The presigned URL expires: neither this answer nor a cache may keep it long.
    res.setHeader("Cache-Control", "private, max-age=60")
    res.setHeader("X-Preview-Kind", "master-excerpt")
    res.redirect(302, url)
    return true
  }
  const local = await localMasterFile(fileId, storage.dir)
  if (!local) {
    req.scope.resolve(ContainerRegistrationKeys.LOGGER).error(`Track ${track.id}: its preview ${fileId} is not in the private files folder; playing the demo clip.`)
    return false
  }
  const etag = `"${fileId.replace(/[^\w.-]/g, "_")}"`
  res.setHeader("Cache-Control", "public, max-age=86400")
  res.setHeader("X-Preview-Kind", "master-excerpt")
  if (ifNoneMatchMatches(req.headers["if-none-match"], etag)) {
    res.setHeader("ETag", etag)
    res.status(304).end()
    return true
  }
  await sendFile(req, res, {
    ...local,
    contentType: "audio/mpeg",
    filename: `${track.name} (preview).mp3`,
    disposition: "inline",
    etag,
  })
  return true
}
