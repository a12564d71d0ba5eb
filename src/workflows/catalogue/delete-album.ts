import { createWorkflow, transform, when, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { deleteProductsWorkflow, useQueryGraphStep } from "@medusajs/medusa/core-flows"
import { assertDeletableStep } from "./steps/assert-deletable"
import { resyncOnRollbackStep } from "./steps/resync-on-rollback"
import { softDeleteMusicStep } from "./steps/soft-delete-music"

/**
 * Deletes an album nobody bought (refused otherwise: unpublish it), its
 * tracks, and its product with every variant. Soft deletes throughout, so
 * the import never makes it again.
 */
export const deleteCatalogueAlbumWorkflow = createWorkflow("delete-catalogue-album", (input: { id: string }) => {
  assertDeletableStep(transform({ input }, ({ input }) => ({ kind: "album" as const, id: input.id })))
  const { data: albums } = useQueryGraphStep({ entity: "album", fields: ["id", "product.id"], filters: { id: input.id } }).config({
    name: "delete-album-product",
  })
  const productIds = transform({ albums }, ({ albums }) => albums.map((a: any) => a.product?.id).filter(Boolean) as string[])
  resyncOnRollbackStep(transform({ productIds }, ({ productIds }) => ({ product_ids: productIds })))
  softDeleteMusicStep(transform({ input }, ({ input }) => ({ albums: [input.id] })))
  when("delete-album-has-product", { productIds }, ({ productIds }) => productIds.length > 0).then(() => {
    deleteProductsWorkflow.runAsStep({ input: { ids: productIds } })
  })
  return new WorkflowResponse({ id: input.id })
})
