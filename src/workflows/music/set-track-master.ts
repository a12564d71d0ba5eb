import { createStep, createWorkflow, StepResponse, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { MedusaError } from "@medusajs/framework/utils"
import { MUSIC_MODULE } from "../../modules/music"
import type MusicModuleService from "../../modules/music/service"
import { deleteStoredFiles } from "../../lib/audio/stored-files"
import { clearCacheTags } from "../../lib/catalogue-cache"

export type SetTrackMasterInput = {
  track_id: string
  /** A private file of the File Module; null takes the master off the track. */
  file_id: string | null
  /** The preview cut from it (a stored file); null: the store plays the generated demo. */
  preview_file_id?: string | null
  /** What was read from the master (see src/lib/audio/metadata.ts). */
  master_metadata?: Record<string, unknown> | null
}

/** The audio columns of a track: all go or change together with its master. */
const AUDIO_FIELDS = ["master_file_id", "preview_file_id", "mp3_file_id", "aac_file_id", "master_metadata"] as const
type TrackAudio = { id: string } & { [K in (typeof AUDIO_FIELDS)[number]]: any }

/**
 * Points the track at its new master and the preview cut from it; the MP3
 * and AAC copies of the old master are dropped (made again from the new one
 * when owners ask). Compensation puts every column back.
 */
export const linkTrackMasterStep = createStep(
  "link-track-master",
  async (input: SetTrackMasterInput, { container }) => {
    const music: MusicModuleService = container.resolve(MUSIC_MODULE)
    const [track] = (await music.listTracks({ id: input.track_id }, { select: ["id", ...AUDIO_FIELDS] })) as TrackAudio[]
    if (!track) throw new MedusaError(MedusaError.Types.NOT_FOUND, `Track with id: ${input.track_id} was not found`)
    const next = {
      id: track.id,
      master_file_id: input.file_id,
      preview_file_id: input.file_id ? input.preview_file_id ?? null : null,
      mp3_file_id: null,
      aac_file_id: null,
      master_metadata: input.file_id ? input.master_metadata ?? null : null,
    }
    await music.updateTracks(next)
    // The store's track card says whether its preview is an excerpt of the master.
    await clearCacheTags(container, [`Track:${track.id}`])
    const previous = Object.fromEntries(AUDIO_FIELDS.map((f) => [f, track[f] ?? null])) as Omit<TrackAudio, "id">
    return new StepResponse(
      {
        track_id: track.id,
        master_file_id: next.master_file_id,
        preview_file_id: next.preview_file_id,
        replaced_file_ids: [previous.master_file_id, previous.preview_file_id, previous.mp3_file_id, previous.aac_file_id].filter(
          (id): id is string => !!id && id !== next.master_file_id && id !== next.preview_file_id
        ),
      },
      { id: track.id, ...previous }
    )
  },
  async (previous, { container }) => {
    if (!previous) return
    const music: MusicModuleService = container.resolve(MUSIC_MODULE)
    await music.updateTracks(previous)
    await clearCacheTags(container, [`Track:${previous.id}`])
  }
)

/** Once no track names them, the replaced files go (they cannot come back, so this runs last). */
export const deleteReplacedFilesStep = createStep("delete-replaced-audio-files", async (input: { file_ids: string[] }, { container }) => {
  await deleteStoredFiles(container, input.file_ids)
  return new StepResponse(undefined)
})

/** Sets (or removes) the master recording owners download for a track, with its preview. */
export const setTrackMasterWorkflow = createWorkflow("set-track-master", (input: SetTrackMasterInput) => {
  const linked = linkTrackMasterStep(input)
  deleteReplacedFilesStep(transform({ linked }, ({ linked }) => ({ file_ids: linked.replaced_file_ids })))
  return new WorkflowResponse(linked)
})
