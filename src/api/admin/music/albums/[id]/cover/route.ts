import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import { MUSIC_MODULE } from "../../../../../../modules/music"
import type MusicModuleService from "../../../../../../modules/music/service"
import { COVER_TYPES, imageTypeOfFile } from "../../../../../../lib/audio/image-type"
import { storedName } from "../../../../../../lib/audio/stored-files"
import { coverMaxBytes, removeQuietly, streamToFile, workFile } from "../../../../../../lib/audio/work-files"
import { setAlbumCoverWorkflow } from "../../../../../../workflows/music/set-album-cover"
import { answerRefusedUpload, declaredTooLarge, UnsupportedFileError } from "../../../utils/upload-errors"

const ACCEPTED = Object.keys(COVER_TYPES).join(", ")

/**
 * PUT /admin/music/albums/:id/cover with the image as the raw body
 * (Content-Type image/jpeg, image/png or image/webp; at most
 * COVER_MAX_BYTES, 10 MB by default, else 413). The bytes decide: anything
 * that is not a JPEG, PNG or WebP image is refused with 415. Stored as a
 * public file of the File Module and set as the album's cover and its
 * product's thumbnail and first image.
 */
export async function PUT(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const music: MusicModuleService = req.scope.resolve(MUSIC_MODULE)
  const [album] = await music.listAlbums({ id: req.params.id }, { select: ["id", "title"] })
  if (!album) throw new MedusaError(MedusaError.Types.NOT_FOUND, `Album with id: ${req.params.id} was not found`)

  const declared = String(req.headers["content-type"] ?? "").split(";")[0].trim().toLowerCase()
  const max = coverMaxBytes()
  const early =
    declared && !(declared in COVER_TYPES) && declared !== "application/octet-stream"
      ? new UnsupportedFileError(`Content-Type ${declared} is not a cover image: send ${ACCEPTED}.`)
      : declaredTooLarge(req.headers["content-length"], max)
  if (early) {
    // Nothing of the body is read: the connection cannot carry another request.
    res.setHeader("Connection", "close")
    answerRefusedUpload(res, early)
    return
  }

  const work = await workFile()
  try {
    const size = await streamToFile(req, work, max)
    if (!size) throw new MedusaError(MedusaError.Types.INVALID_DATA, "The request body is empty: send the image as the body.")
    const type = await imageTypeOfFile(work)
    if (!type) throw new UnsupportedFileError(`The file is not a JPEG, PNG or WebP image (${ACCEPTED} expected).`)
    const { result } = await setAlbumCoverWorkflow(req.scope).run({
      input: { album_id: album.id, work_path: work, stored_name: storedName(`cover-${album.title}`, COVER_TYPES[type]), content_type: type },
    })
    res.json({ album: { id: result.album_id, cover_url: result.cover_url }, product_id: result.product_id, content_type: type, size })
  } catch (e) {
    if (!answerRefusedUpload(res, e)) throw e
  } finally {
    await removeQuietly(work)
  }
}
