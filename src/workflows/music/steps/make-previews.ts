import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { cutPreview, FfmpegMissingError } from "../../../lib/audio/ffmpeg"
import { deleteStoredFiles, storedName, storeWorkFile } from "../../../lib/audio/stored-files"
import { removeQuietly, workFile } from "../../../lib/audio/work-files"

export type PreviewSource = {
  /** The master, in the audio work folder. */
  path: string
  duration_ms: number
  /** For the stored file's name and the preview's own tags. */
  title: string
  artist?: string | null
}

export type MadePreviews = {
  /** One per source, in order: the stored preview's file id, or null when none could be made. */
  file_ids: (string | null)[]
  /** Why some preview is missing, said to staff in the answer. */
  warnings: string[]
}

/**
 * Cuts each master's 30-second MP3 preview with ffmpeg and stores it as a
 * private file (the store's preview route sends it, after checking the
 * album is on sale). A preview that cannot be made never fails the upload:
 * without ffmpeg, or when ffmpeg fails on a file, the track keeps its
 * generated demo preview, the answer says why, and the server logs it.
 * Compensation deletes the previews made.
 */
export const makePreviewsStep = createStep(
  "make-audio-previews",
  async (sources: PreviewSource[], { container }) => {
    const logger = container.resolve(ContainerRegistrationKeys.LOGGER)
    const made: MadePreviews = { file_ids: [], warnings: [] }
    let missing: FfmpegMissingError | undefined
    try {
      for (const source of sources) {
        if (missing) {
          made.file_ids.push(null)
          continue
        }
        const out = await workFile(".mp3")
        try {
          await cutPreview(source.path, out, source.duration_ms, {
            title: `${source.title} (preview)`,
            artist: source.artist,
            comment: "30-second preview",
          })
          const stored = await storeWorkFile(container, {
            path: out,
            filename: storedName(`${source.title}-preview`, ".mp3"),
            mimeType: "audio/mpeg",
            access: "private",
          })
          made.file_ids.push(stored.id)
        } catch (e) {
          made.file_ids.push(null)
          if (e instanceof FfmpegMissingError) {
            missing = e
          } else {
            const message = `The preview of "${source.title}" could not be made (${(e as Error).message}); the store keeps playing its generated demo clip.`
            logger.error(message)
            made.warnings.push(message)
          }
        } finally {
          await removeQuietly(out)
        }
      }
    } catch (e) {
      await deleteStoredFiles(container, made.file_ids).catch(() => {})
      throw e
    }
    if (missing) {
      const message = `No preview was made: ${missing.message} The master is stored; the store keeps playing the generated demo clip until the master is uploaded again with ffmpeg installed.`
      logger.warn(message)
      made.warnings.unshift(message)
    }
    return new StepResponse(made, made.file_ids.filter((id): id is string => !!id))
  },
  async (ids, { container }) => {
    if (ids?.length) await deleteStoredFiles(container, ids)
  }
)
