import { createWorkflow, transform, when, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { deleteProductVariantsWorkflow, setProductProductOptionsWorkflow, useQueryGraphStep } from "@medusajs/medusa/core-flows"
import { setAlbumSalesChannelsStep } from "../music/steps/set-album-sales-channels"
import { assertDeletableStep } from "./steps/assert-deletable"
import { resyncOnRollbackStep } from "./steps/resync-on-rollback"
import { softDeleteMusicStep } from "./steps/soft-delete-music"
import { syncAlbumProduct } from "./utils/album-product"

/**
 * Removes a track nobody bought (refused otherwise: hide it) from its album:
 * the track, the variant that sold it and that variant's option value. The full album keeps its price;
 * the product leaves the category of a genre no other track has.
 */
export const deleteCatalogueTrackWorkflow = createWorkflow("delete-catalogue-track", (input: { id: string }) => {
  assertDeletableStep(transform({ input }, ({ input }) => ({ kind: "track" as const, id: input.id })))
  const { data: tracks } = useQueryGraphStep({
    entity: "track",
    fields: ["id", "album_id", "product_variant.id", "product_variant.product_id", "product_variant.options.id", "product_variant.options.option_id"],
    filters: { id: input.id },
  }).config({ name: "delete-track-read" })
  const found = transform({ tracks }, ({ tracks }) => {
    const t: any = tracks[0]
    return {
      album_id: t.album_id as string,
      variant_ids: t.product_variant?.id ? [t.product_variant.id as string] : [],
      product_ids: t.product_variant?.product_id ? [t.product_variant.product_id as string] : [],
      // The track's own value of the album's Format option ("3. Name"), which no other variant has.
      option_values: (t.product_variant?.options ?? []).filter(Boolean).map((o: any) => ({ id: o.id as string, option_id: o.option_id as string })),
    }
  })
  resyncOnRollbackStep(transform({ found }, ({ found }) => ({ product_ids: found.product_ids })))
  when("delete-track-has-variant", { found }, ({ found }) => found.variant_ids.length > 0).then(() => {
    deleteProductVariantsWorkflow.runAsStep({ input: { ids: found.variant_ids } })
  })
  // Taken off the album's product the way add-album-tracks put it on (Medusa refuses to delete a value its product uses).
  when("delete-track-has-option-value", { found }, ({ found }) => found.option_values.length > 0 && found.product_ids.length > 0).then(() => {
    setProductProductOptionsWorkflow.runAsStep({
      input: transform({ found }, ({ found }) => ({
        product_id: found.product_ids[0],
        update: found.option_values.map((v) => ({ product_option_id: v.option_id, remove: [v.id] })),
      })),
    })
  })
  const deleted = softDeleteMusicStep(transform({ input }, ({ input }) => ({ tracks: [input.id] })))
  syncAlbumProduct(transform({ found, deleted }, ({ found }) => ({ album_id: found.album_id })), "delete-track-product")
  setAlbumSalesChannelsStep(transform({ found, deleted }, ({ found }) => ({ product_ids: found.product_ids }))).config({
    name: "delete-track-store-view",
  })
  return new WorkflowResponse({ id: input.id })
})
