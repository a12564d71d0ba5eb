import type { MedusaContainer } from "@medusajs/framework/types"
import { syncCatalogueVisibilityWorkflow } from "../workflows/music/sync-catalogue-visibility"

/**
 * Stores made before albums knew their sales channels: fill the read model
 * once from the products, or every album would stay hidden.
 */
export default async function syncCatalogueVisibility({ container }: { container: MedusaContainer }) {
  await syncCatalogueVisibilityWorkflow(container).run({ input: {} })
}
