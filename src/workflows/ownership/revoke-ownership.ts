import { createWorkflow, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { readReversalFactsStep } from "./steps/read-reversal-facts"
import { reconcileReversalsStep } from "./steps/reconcile-reversals"

export type RevokeOwnershipInput = { order_ids: string[] }

/**
 * Takes back what cancellation or refunds of these orders took back: ledger
 * lines canceled or refunded, the tracks they granted revoked (rule in
 * planReversals). Safe to run any number of times. An order not recorded yet
 * is reconciled when grantOwnershipWorkflow records it.
 */
export const revokeOwnershipWorkflow = createWorkflow("revoke-ownership", (input: RevokeOwnershipInput) => {
  const facts = readReversalFactsStep(input.order_ids)
  return new WorkflowResponse(reconcileReversalsStep(facts))
})
