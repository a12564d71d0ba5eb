import { createWorkflow, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { updateSupportRequestStep, type UpdateSupportRequestData } from "./steps/update-support-request"

export type UpdateSupportRequestInput = UpdateSupportRequestData

/** Staff set a support request's status (open, pending, resolved) or give it to another employee. */
export const updateSupportRequestWorkflow = createWorkflow("update-support-request", (input: UpdateSupportRequestInput) => {
  return new WorkflowResponse(updateSupportRequestStep(input))
})
