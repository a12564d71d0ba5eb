import { createWorkflow, transform, when, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { Modules } from "@medusajs/framework/utils"
import { createRemoteLinkStep, dismissRemoteLinkStep } from "@medusajs/medusa/core-flows"
import { STAFF_MODULE } from "../../modules/staff"
import { readSupportRepChangeStep } from "./steps/read-support-rep-change"
import { reassignSupportRequestsStep } from "./steps/reassign-support-requests"

export type SetSupportRepInput = {
  customer_id: string
  /** The new rep, or null for none. */
  employee_id: string | null
}

const repLink = (employeeId: string, customerId: string) => ({
  [STAFF_MODULE]: { employee_id: employeeId },
  [Modules.CUSTOMER]: { customer_id: customerId },
})

/**
 * Changes a customer's support rep (the employee ↔ customer link) and hands
 * their unresolved support requests to the new rep. Past sales keep the rep
 * the ledger recorded when they were made. Each step is undone on failure
 * (Medusa's link steps restore a dismissed link and remove a created one).
 */
export const setSupportRepWorkflow = createWorkflow("set-support-rep", (input: SetSupportRepInput) => {
  const change = readSupportRepChangeStep(input)

  when("support-rep-had-one", { change }, ({ change }) => !!change.from && change.from !== change.to).then(() => {
    dismissRemoteLinkStep(transform({ change }, ({ change }) => [repLink(change.from!, change.customer_id)]))
  })
  when("support-rep-gets-one", { change }, ({ change }) => !!change.to && change.from !== change.to).then(() => {
    createRemoteLinkStep(transform({ change }, ({ change }) => [repLink(change.to!, change.customer_id)]))
  })
  const reassigned = reassignSupportRequestsStep(change)

  return new WorkflowResponse(transform({ change, reassigned }, ({ change, reassigned }) => ({ ...change, reassigned_request_ids: reassigned })))
})
