import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { syncCatalogueVisibilityWorkflow } from "../../music/sync-catalogue-visibility"

/**
 * The first step of a workflow that changes albums' products or variants.
 * Medusa's product workflows run our visibility hooks as runs of their own,
 * which a rollback of this workflow does not undo; compensations run last
 * to first, so this one runs after every other has put the products back,
 * and derives the store's read model from them again.
 */
export const resyncOnRollbackStep = createStep(
  "resync-catalogue-on-rollback",
  async (input: { product_ids: string[] }) => new StepResponse(undefined, input.product_ids.filter(Boolean)),
  async (productIds, { container }) => {
    if (!productIds?.length) return
    await syncCatalogueVisibilityWorkflow(container).run({ input: { product_ids: productIds } })
  }
)
