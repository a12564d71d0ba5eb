// `medusa exec ./bench/lib/sync-visibility.ts`: brings the catalogue's
// visibility read model (album/track sales_channel_ids) in step with the
// products, for a benchmark database filled before the read model existed
// or by the synthetic seed's bulk SQL, which bypasses the workflows that
// keep it.
import type { ExecArgs } from "@medusajs/framework/types"
import { syncCatalogueVisibilityWorkflow } from "../../src/workflows/music/sync-catalogue-visibility"

export default async function syncVisibility({ container }: ExecArgs) {
  const t = Date.now()
  const { result } = await syncCatalogueVisibilityWorkflow(container).run({ input: {} })
  console.log(`visibility of ${(result as unknown[]).length} albums synced in ${((Date.now() - t) / 1000).toFixed(1)} s`)
}
