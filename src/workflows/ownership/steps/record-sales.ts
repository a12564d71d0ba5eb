import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { OWNERSHIP_MODULE } from "../../../modules/ownership"
import type OwnershipModuleService from "../../../modules/ownership/service"
import type { OwnedTrackInput, SaleLineInput } from "../../../modules/ownership/service"

/**
 * Writes the grants and ledger rows not there yet. Compensation removes only
 * the rows this run created, never those of an earlier run.
 */
export const recordSalesStep = createStep(
  "record-sales",
  async (input: { owned: OwnedTrackInput[]; sales: SaleLineInput[] }, { container }) => {
    const ownership: OwnershipModuleService = container.resolve(OWNERSHIP_MODULE)
    const created = await ownership.recordSales(input)
    return new StepResponse(created, created)
  },
  async (created, { container }) => {
    if (!created || (!created.owned_ids.length && !created.sale_ids.length)) return
    const ownership: OwnershipModuleService = container.resolve(OWNERSHIP_MODULE)
    await ownership.removeRecorded(created)
  }
)
