import type { MedusaContainer } from "@medusajs/framework/types"
import { syncCatalogueVisibilityWorkflow } from "../workflows/music/sync-catalogue-visibility"

/**
 * Stores made before albums and tracks kept their product's handle, variants
 * and price sets: fill that part of the read model once from the products, or
 * their cards would show no handle and no price.
 */
export default async function syncCatalogueReadModel({ container }: { container: MedusaContainer }) {
  await syncCatalogueVisibilityWorkflow(container).run({ input: {} })
}
