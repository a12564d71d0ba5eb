import type { SubscriberArgs, SubscriberConfig } from "@medusajs/framework"
import { syncCatalogueVisibilityWorkflow } from "../workflows/music/sync-catalogue-visibility"

/**
 * Products change outside the workflows hooked in src/workflows/hooks (bulk
 * imports, other plugins): the events catch those. The sync is idempotent, so
 * a product already synced by a hook costs one read.
 */
export default async function productVisibility({ event: { data }, container }: SubscriberArgs<{ id: string | string[] }>) {
  const product_ids = ([] as string[]).concat(data.id ?? []).filter(Boolean)
  if (product_ids.length) await syncCatalogueVisibilityWorkflow(container).run({ input: { product_ids } })
}

export const config: SubscriberConfig = {
  event: ["product.updated", "product.deleted"],
}
