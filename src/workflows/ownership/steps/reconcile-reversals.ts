import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { OWNERSHIP_MODULE } from "../../../modules/ownership"
import type OwnershipModuleService from "../../../modules/ownership/service"
import type { ReversalUpdate } from "../../../modules/ownership/service"
import { planReversals, type OrderReversalFacts } from "../utils/reversal-plan"

/**
 * Brings the ledger and the grants of these orders in line with their
 * cancellation and refunds (see planReversals). Running it again with the
 * same facts changes nothing; compensation puts back the previous state.
 */
export const reconcileReversalsStep = createStep(
  "reconcile-ownership-reversals",
  async (facts: OrderReversalFacts[], { container }) => {
    const ownership: OwnershipModuleService = container.resolve(OWNERSHIP_MODULE)
    const lines = await ownership.listSaleLineStates(facts.map((f) => f.order_id))
    const linesBy = new Map<string, typeof lines>()
    for (const l of lines) linesBy.set(l.order_id, [...(linesBy.get(l.order_id) ?? []), l])
    const updates: ReversalUpdate[] = facts.flatMap((f) => planReversals(linesBy.get(f.order_id) ?? [], f))
    const previous = await ownership.applyReversals(updates)
    return new StepResponse({ changed: updates.length }, previous)
  },
  async (previous, { container }) => {
    if (!previous?.length) return
    const ownership: OwnershipModuleService = container.resolve(OWNERSHIP_MODULE)
    await ownership.applyReversals(previous)
  }
)
