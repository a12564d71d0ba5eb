import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { deleteStoredFiles, storeWorkFile } from "../../../lib/audio/stored-files"

export type WorkFileToStore = {
  /** A file in the audio work folder (see src/lib/audio/work-files.ts). */
  path: string
  /** The name it is stored under. */
  filename: string
  mimeType: string
  access: "public" | "private"
}

/**
 * Stores files of the work folder through the File Module, one after the
 * other (each is streamed; several large masters at once would only
 * compete for the disk). Compensation deletes them, so a failure later in
 * the workflow leaves no orphan file.
 */
export const storeAudioFilesStep = createStep(
  "store-audio-files",
  async (files: WorkFileToStore[], { container }) => {
    const stored: { id: string; url: string }[] = []
    try {
      for (const file of files) stored.push(await storeWorkFile(container, file))
    } catch (e) {
      // This step's own compensation does not run when the step itself fails.
      await deleteStoredFiles(container, stored.map((s) => s.id)).catch(() => {})
      throw e
    }
    return new StepResponse(stored, stored.map((s) => s.id))
  },
  async (ids, { container }) => {
    if (ids?.length) await deleteStoredFiles(container, ids)
  }
)
