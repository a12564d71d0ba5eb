import { createWorkflow, transform, when, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { deleteProductVariantsWorkflow, useQueryGraphStep } from "@medusajs/medusa/core-flows"
import { setAlbumSalesChannelsStep } from "../music/steps/set-album-sales-channels"
import { assertDeletableStep } from "./steps/assert-deletable"
import { resyncOnRollbackStep } from "./steps/resync-on-rollback"
import { softDeleteMusicStep } from "./steps/soft-delete-music"
import { syncAlbumProduct } from "./utils/album-product"

/**
 * Removes a track nobody bought (refused otherwise: hide it) from its album:
 * the track and the variant that sold it. The full album keeps its price;
 * the product leaves the category of a genre no other track has.
 */
export const deleteCatalogueTrackWorkflow = createWorkflow("delete-catalogue-track", (input: { id: string }) => {
  assertDeletableStep(transform({ input }, ({ input }) => ({ kind: "track" as const, id: input.id })))
  const { data: tracks } = useQueryGraphStep({
    entity: "track",
    fields: ["id", "album_id", "product_variant.id", "product_variant.product_id"],
    filters: { id: input.id },
  }).config({ name: "delete-track-read" })
  const found = transform({ tracks }, ({ tracks }) => {
    const t: any = tracks[0]
    return {
      album_id: t.album_id as string,
      variant_ids: t.product_variant?.id ? [t.product_variant.id as string] : [],
      product_ids: t.product_variant?.product_id ? [t.product_variant.product_id as string] : [],
    }
  })
  resyncOnRollbackStep(transform({ found }, ({ found }) => ({ product_ids: found.product_ids })))
  when("delete-track-has-variant", { found }, ({ found }) => found.variant_ids.length > 0).then(() => {
    deleteProductVariantsWorkflow.runAsStep({ input: { ids: found.variant_ids } })
  })
  const deleted = softDeleteMusicStep(transform({ input }, ({ input }) => ({ tracks: [input.id] })))
  syncAlbumProduct(transform({ found, deleted }, ({ found }) => ({ album_id: found.album_id })), "delete-track-product")
  setAlbumSalesChannelsStep(transform({ found, deleted }, ({ found }) => ({ product_ids: found.product_ids }))).config({
    name: "delete-track-store-view",
  })
  return new WorkflowResponse({ id: input.id })
})
