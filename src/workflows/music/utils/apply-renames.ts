import { ProductCategoryWorkflowEvents, ProductCollectionWorkflowEvents } from "@medusajs/framework/utils"
import { transform, when, type WorkflowData } from "@medusajs/framework/workflows-sdk"
import { emitEventStep, updateProductsWorkflow } from "@medusajs/medusa/core-flows"
import { renameProductTaxonomyStep, type TaxonomyRenames } from "../steps/rename-product-taxonomy"
import { updateMusicRecordsStep, type MusicRecordUpdates } from "../steps/update-music-records"

export type RenamePlan = {
  music: MusicRecordUpdates
  products: { id: string; title?: string; subtitle?: string; description?: string; thumbnail?: string | null; images?: { url: string }[] }[]
  taxonomy: TaxonomyRenames
}

/**
 * Applies a staff edit of the music catalogue everywhere Medusa shows it:
 * the music records, the products (through updateProductsWorkflow, so its
 * hooks and events run), collections and categories. Each part compensates.
 */
export function applyRenames(plan: WorkflowData<RenamePlan>) {
  const music = transform({ plan }, ({ plan }) => plan.music)
  updateMusicRecordsStep(music)

  const products = transform({ plan }, ({ plan }) => plan.products)
  when("rename-products", { products }, ({ products }) => products.length > 0).then(() => {
    updateProductsWorkflow.runAsStep({ input: { products } as any })
  })

  const taxonomy = transform({ plan }, ({ plan }) => plan.taxonomy)
  renameProductTaxonomyStep(taxonomy)
  const events = transform({ taxonomy }, ({ taxonomy }) => ({
    collections: (taxonomy.collections ?? []).map((c) => ({ id: c.id })),
    categories: (taxonomy.categories ?? []).map((c) => ({ id: c.id })),
  }))
  emitEventStep({ eventName: ProductCollectionWorkflowEvents.UPDATED, data: events.collections }).config({
    name: "emit-collections-renamed",
  })
  emitEventStep({ eventName: ProductCategoryWorkflowEvents.UPDATED, data: events.categories }).config({
    name: "emit-categories-renamed",
  })
}
