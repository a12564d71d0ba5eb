import { deleteProductsWorkflow, updateProductsWorkflow } from "@medusajs/medusa/core-flows"
import { syncCatalogueVisibilityWorkflow } from "../music/sync-catalogue-visibility"

// Inside the staff's own product update, so that unpublishing an album hides
// it from the store before the admin's request returns, not some time later.
updateProductsWorkflow.hooks.productsUpdated(async ({ products }, { container }) => {
  const product_ids = products.map((p) => p.id)
  if (product_ids.length) await syncCatalogueVisibilityWorkflow(container).run({ input: { product_ids } })
})

deleteProductsWorkflow.hooks.productsDeleted(async ({ ids }, { container }) => {
  if (ids.length) await syncCatalogueVisibilityWorkflow(container).run({ input: { product_ids: ids } })
})
