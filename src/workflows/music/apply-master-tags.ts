import { MedusaError } from "@medusajs/framework/utils"
import { createStep, createWorkflow, StepResponse, transform, when, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { updateProductVariantsWorkflow } from "@medusajs/medusa/core-flows"
import { MUSIC_MODULE } from "../../modules/music"
import type MusicModuleService from "../../modules/music/service"
import { clearCatalogueCache } from "../../lib/catalogue-cache"
import { suggestedFields, TAG_FIELDS, type MasterMetadata, type TagField } from "../../lib/audio/track-suggestions"

export type ApplyMasterTagsInput = {
  track_id: string
  /** Which fields to fill; all the master has values for by default. */
  fields?: TagField[]
}

type TrackRow = {
  id: string
  album_id: string
  variant_id: string | null
  name: string
  composer: string | null
  milliseconds: number
  bytes: number | null
  track_number: number
  genre_id: string | null
  master_metadata: MasterMetadata | null
}

const COLUMNS = ["id", "album_id", "variant_id", "name", "composer", "milliseconds", "bytes", "track_number", "genre_id", "master_metadata"]

/**
 * Writes the values read from the track's master into its fields. A genre
 * tag fills the genre only when the catalogue has a genre of that name (any
 * case): tags are too loose to create genres from. Compensation puts the
 * previous values back.
 */
const fillTrackFromTagsStep = createStep(
  "fill-track-from-master-tags",
  async (input: ApplyMasterTagsInput, { container }) => {
    const music: MusicModuleService = container.resolve(MUSIC_MODULE)
    const [track] = (await music.listTracks({ id: input.track_id }, { select: COLUMNS })) as unknown as TrackRow[]
    if (!track) throw new MedusaError(MedusaError.Types.NOT_FOUND, `Track with id: ${input.track_id} was not found`)
    if (!track.master_metadata) {
      throw new MedusaError(MedusaError.Types.NOT_ALLOWED, `Track ${track.id} has no master read yet: upload one first (PUT /admin/music/tracks/${track.id}/master).`)
    }
    const offered = suggestedFields(track.master_metadata)
    const asked = new Set(input.fields?.length ? input.fields : TAG_FIELDS)
    const update: Record<string, unknown> = {}
    const skipped: { field: TagField; reason: string }[] = []
    for (const field of TAG_FIELDS) {
      if (!asked.has(field)) continue
      const value = offered[field]
      if (value === undefined) {
        if (input.fields?.includes(field)) skipped.push({ field, reason: "the master has no such tag" })
        continue
      }
      if (field === "genre") {
        const [genre] = await music.listGenres({ name: { $ilike: String(value).replace(/[\\%_]/g, "\\$&") } } as any, { select: ["id"], take: 1 })
        if (genre) update.genre_id = genre.id
        else skipped.push({ field, reason: `no genre named "${value}" in the catalogue` })
        continue
      }
      update[field] = value
    }
    const changed = Object.fromEntries(
      Object.entries(update).filter(([k, v]) => (track as any)[k] !== v)
    )
    if (Object.keys(changed).length) {
      await music.updateTracks({ id: track.id, ...changed })
      await clearCatalogueCache(container, [track.album_id])
    }
    const previous = Object.fromEntries(Object.keys(changed).map((k) => [k, (track as any)[k]]))
    return new StepResponse(
      { track_id: track.id, album_id: track.album_id, variant_id: track.variant_id, changed, skipped },
      { id: track.id, album_id: track.album_id, previous }
    )
  },
  async (undo, { container }) => {
    if (!undo || !Object.keys(undo.previous).length) return
    await (container.resolve(MUSIC_MODULE) as MusicModuleService).updateTracks({ id: undo.id, ...undo.previous })
    await clearCatalogueCache(container, [undo.album_id])
  }
)

/**
 * Fills a track's fields from its master's tags (see PUT
 * /admin/music/tracks/:id/master); a new name reaches the variant that sells
 * the track too, so the admin's product page shows it.
 */
export const applyMasterTagsWorkflow = createWorkflow("apply-master-tags", (input: ApplyMasterTagsInput) => {
  const filled = fillTrackFromTagsStep(input)
  when("rename-track-variant", { filled }, ({ filled }) => !!filled.variant_id && typeof filled.changed.name === "string").then(() => {
    const variantInput = transform({ filled }, ({ filled }) => ({
      selector: { id: filled.variant_id! },
      update: { title: filled.changed.name as string },
    }))
    updateProductVariantsWorkflow.runAsStep({ input: variantInput })
  })
  return new WorkflowResponse(filled)
})
