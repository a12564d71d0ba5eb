import { createStep, createWorkflow, StepResponse, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { MedusaError, Modules } from "@medusajs/framework/utils"
import { MUSIC_MODULE } from "../../modules/music"
import type MusicModuleService from "../../modules/music/service"

export type SetTrackMasterInput = {
  track_id: string
  /** A private file of the File Module; null takes the master off the track. */
  file_id: string | null
}

/** Points the track at its new master; compensation points it back. */
const linkTrackMasterStep = createStep(
  "link-track-master",
  async (input: SetTrackMasterInput, { container }) => {
    const music: MusicModuleService = container.resolve(MUSIC_MODULE)
    const [track] = await music.listTracks({ id: input.track_id }, { select: ["id", "master_file_id"] })
    if (!track) throw new MedusaError(MedusaError.Types.NOT_FOUND, `Track with id: ${input.track_id} was not found`)
    await music.updateTracks({ id: track.id, master_file_id: input.file_id })
    return new StepResponse(
      { track_id: track.id, master_file_id: input.file_id, previous_file_id: track.master_file_id ?? null },
      { id: track.id, master_file_id: track.master_file_id ?? null }
    )
  },
  async (previous, { container }) => {
    if (!previous) return
    const music: MusicModuleService = container.resolve(MUSIC_MODULE)
    await music.updateTracks(previous)
  }
)

/** Once the track no longer names it, the replaced master's file goes (it cannot come back, so this runs last). */
const deleteReplacedMasterStep = createStep("delete-replaced-master", async (input: { file_id: string | null; keep: string | null }, { container }) => {
  if (input.file_id && input.file_id !== input.keep) {
    await container.resolve(Modules.FILE).deleteFiles(input.file_id)
  }
  return new StepResponse(undefined)
})

/** Sets (or removes) the master recording owners download for a track. */
export const setTrackMasterWorkflow = createWorkflow("set-track-master", (input: SetTrackMasterInput) => {
  const linked = linkTrackMasterStep(input)
  deleteReplacedMasterStep({ file_id: linked.previous_file_id, keep: linked.master_file_id })
  return new WorkflowResponse(linked)
})
