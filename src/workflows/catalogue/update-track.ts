import { MedusaError } from "@medusajs/framework/utils"
import { createStep, createWorkflow, StepResponse, transform, when, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { updateProductOptionValuesWorkflow, useQueryGraphStep } from "@medusajs/medusa/core-flows"
import { setAlbumSalesChannelsStep } from "../music/steps/set-album-sales-channels"
import { TRACK_HIDDEN_KEY } from "../../modules/music/utils/track-visibility"
import { trackOptionValue } from "../music/utils/album-product"
import { checkReferencesStep, type Reference } from "./steps/check-references"
import { resyncOnRollbackStep } from "./steps/resync-on-rollback"
import { updateCatalogueRecordsStep, type TrackFields } from "./steps/update-catalogue-records"
import { syncAlbumProduct } from "./utils/album-product"
import { updateCatalogueVariants, type VariantEdit, type VariantEditsInput } from "./utils/update-variants"

export type UpdateCatalogueTrackInput = Omit<TrackFields, "id"> & {
  id: string
  /** The track's price in the store's currency. */
  price?: number
  /** false hides the track from the store (its album stays on sale); true shows it again. */
  published?: boolean
  currency_code: string
}

const FIELDS: (keyof TrackFields)[] = ["name", "composer", "milliseconds", "bytes", "track_number", "genre_id", "media_type_id"]

const loadTrackStep = createStep("load-catalogue-track", async (input: { input: UpdateCatalogueTrackInput; tracks: any[] }) => {
  const track = input.tracks[0]
  if (!track) throw new MedusaError(MedusaError.Types.NOT_FOUND, `Track with id: ${input.input.id} was not found`)
  const variant = track.product_variant
  if (!variant?.id && (input.input.price !== undefined || input.input.published !== undefined)) {
    throw new MedusaError(MedusaError.Types.INVALID_DATA, `${input.input.price !== undefined ? "price" : "published"}: the track has no variant selling it`)
  }
  if (input.input.price !== undefined && !variant.price_set?.id) {
    throw new MedusaError(MedusaError.Types.INVALID_DATA, "price: the track's variant has no price set")
  }
  return new StepResponse(track)
})

/**
 * A staff edit of a track, in one workflow: its music record, its variant
 * (title, running order, price through Medusa's variant workflow, and the
 * hidden mark that takes it off sale on its own), the album product's genre
 * categories, and the store's read model. Every part compensates.
 */
export const updateCatalogueTrackWorkflow = createWorkflow("update-catalogue-track", (input: UpdateCatalogueTrackInput) => {
  checkReferencesStep(
    transform({ input }, ({ input }): Reference[] => [
      ...(input.genre_id ? [{ field: "genre_id", kind: "genre" as const, id: input.genre_id }] : []),
      ...(input.media_type_id ? [{ field: "media_type_id", kind: "media_type" as const, id: input.media_type_id }] : []),
    ])
  )
  const { data: tracks } = useQueryGraphStep({
    entity: "track",
    fields: [
      "id", "album_id", "name", "track_number", "genre_id",
      "product_variant.id", "product_variant.product_id", "product_variant.metadata", "product_variant.price_set.id",
      "product_variant.options.id", "product_variant.options.value",
    ],
    filters: { id: input.id },
  }).config({ name: "update-track-read" })
  const track = loadTrackStep(transform({ input, tracks }, ({ input, tracks }) => ({ input, tracks })))
  const productIds = transform({ track }, ({ track }) => ({
    product_ids: track.product_variant?.product_id ? [track.product_variant.product_id as string] : [],
  }))
  resyncOnRollbackStep(productIds)

  const records = transform({ input }, ({ input }) => {
    const fields: TrackFields = { id: input.id }
    for (const k of FIELDS) if (input[k] !== undefined) (fields as any)[k] = input[k]
    return { tracks: Object.keys(fields).length > 1 ? [fields] : [] }
  })
  when("update-track-record", { records }, ({ records }) => records.tracks.length > 0).then(() => {
    updateCatalogueRecordsStep(records)
  })

  const variantEdits = transform({ input, track }, ({ input, track }): VariantEditsInput => {
    const variant = track.product_variant
    if (!variant?.id) return { currency_code: input.currency_code, variants: [] }
    const edit: VariantEdit = { id: variant.id }
    if (input.name !== undefined) edit.title = input.name
    if (input.track_number !== undefined) edit.variant_rank = input.track_number
    if (input.published !== undefined) edit.metadata = { ...(variant.metadata ?? {}), [TRACK_HIDDEN_KEY]: !input.published }
    if (input.price !== undefined) edit.price = { price_set_id: variant.price_set.id, amount: input.price }
    return { currency_code: input.currency_code, variants: [edit] }
  })
  updateCatalogueVariants(variantEdits, "update-track")

  // The variant's value of the Format option names the track ("3. Name"): it follows a rename or renumbering.
  const optionValue = transform({ input, track }, ({ input, track }) => {
    const current = (track.product_variant?.options ?? []).filter(Boolean)[0]
    const name = input.name ?? track.name
    const number = input.track_number ?? track.track_number
    const value = trackOptionValue({ track_number: number, name })
    return current && current.value !== value && (input.name !== undefined || input.track_number !== undefined)
      ? [{ id: current.id as string, update: { value } }]
      : []
  })
  when("update-track-option-value", { optionValue }, ({ optionValue }) => optionValue.length > 0).then(() => {
    updateProductOptionValuesWorkflow.runAsStep({ input: transform({ optionValue }, ({ optionValue }) => optionValue[0]) })
  })

  // A new genre may add the album to its category, or take it out of the old one's.
  syncAlbumProduct(transform({ track, records }, ({ track }) => ({ album_id: track.album_id as string })), "update-track-product")

  // A hidden mark, a new variant title: the store's read model and cards follow.
  setAlbumSalesChannelsStep(transform({ productIds, variantEdits }, ({ productIds }) => productIds)).config({
    name: "update-track-store-view",
  })
  return new WorkflowResponse(transform({ input }, ({ input }) => ({ id: input.id })))
})
