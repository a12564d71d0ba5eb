import { createWorkflow, transform, when, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import type { MasterMetadata } from "../../lib/audio/track-suggestions"
import { applyMasterTagsWorkflow } from "./apply-master-tags"
import { deleteReplacedFilesStep, linkTrackMasterStep } from "./set-track-master"
import { makePreviewsStep } from "./steps/make-previews"
import { storeAudioFilesStep } from "./steps/store-audio-files"

export type UploadTrackMasterInput = {
  track_id: string
  /** The uploaded recording in the audio work folder, already read (and accepted) by readAudioFile. */
  work_path: string
  /** The name it is stored under, its extension the format read from its bytes. */
  stored_name: string
  content_type: string
  metadata: MasterMetadata
  /** The track's name, for the preview when the file has no title tag. */
  track_name: string
  /** Fill the track's fields from the tags as well. */
  apply_tags?: boolean
}

/**
 * A new master for a track: stored as a private file, its 30-second preview
 * cut and stored, both named on the track with what was read from the file
 * (optionally filling the track's fields from its tags), and only then the
 * files they replace deleted. Any failure deletes the new files and puts the
 * track back as it was.
 */
export const uploadTrackMasterWorkflow = createWorkflow("upload-track-master", (input: UploadTrackMasterInput) => {
  const toStore = transform({ input }, ({ input }) => [
    { path: input.work_path, filename: input.stored_name, mimeType: input.content_type, access: "private" as const },
  ])
  const stored = storeAudioFilesStep(toStore)

  const sources = transform({ input }, ({ input }) => [
    {
      path: input.work_path,
      duration_ms: input.metadata.duration_ms,
      title: input.metadata.tags.title ?? input.track_name,
      artist: input.metadata.tags.artist,
    },
  ])
  const previews = makePreviewsStep(sources)

  const linkInput = transform({ input, stored, previews }, ({ input, stored, previews }) => ({
    track_id: input.track_id,
    file_id: stored[0].id,
    preview_file_id: previews.file_ids[0],
    master_metadata: input.metadata as unknown as Record<string, unknown>,
  }))
  const linked = linkTrackMasterStep(linkInput)

  const applied = when("apply-master-tags-on-upload", { input, linked }, ({ input }) => !!input.apply_tags).then(() =>
    applyMasterTagsWorkflow.runAsStep({ input: transform({ input, linked }, ({ input }) => ({ track_id: input.track_id })) })
  )

  deleteReplacedFilesStep(transform({ linked, applied }, ({ linked }) => ({ file_ids: linked.replaced_file_ids })))
  return new WorkflowResponse(
    transform({ linked, previews, applied }, ({ linked, previews, applied }) => ({
      track_id: linked.track_id,
      master_file_id: linked.master_file_id,
      preview_file_id: linked.preview_file_id,
      warnings: previews.warnings,
      applied: applied ? { changed: applied.changed, skipped: applied.skipped } : null,
    }))
  )
})
