import { MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { MUSIC_MODULE } from "../../../modules/music"
import type MusicModuleService from "../../../modules/music/service"

export type ValidateTracksInput = {
  track_ids: string[]
  /** The request's sales channels: only tracks on sale in one of them may be added. */
  channels: string[]
  /** The request's field, for the message. */
  field: string
}

/** Refuses (400, naming the field) tracks that do not exist or are not on sale in the store's channels. */
export const validatePlaylistTracksStep = createStep(
  "validate-playlist-tracks",
  async ({ track_ids, channels, field }: ValidateTracksInput, { container }) => {
    if (!track_ids.length) return new StepResponse(track_ids)
    const music: MusicModuleService = container.resolve(MUSIC_MODULE)
    const found = await music.listTracks({ id: track_ids } as any, { select: ["id", "sales_channel_ids"], take: null })
    const visible = new Set(
      (found as any[]).filter((t) => (t.sales_channel_ids ?? []).some((c: string) => channels.includes(c))).map((t) => t.id)
    )
    const unknown = track_ids.filter((id) => !visible.has(id))
    if (unknown.length) {
      throw new MedusaError(
        MedusaError.Types.INVALID_DATA,
        `${field}: no track on sale with id ${unknown.slice(0, 5).join(", ")}${unknown.length > 5 ? ` and ${unknown.length - 5} more` : ""}`
      )
    }
    return new StepResponse(track_ids)
  }
)
