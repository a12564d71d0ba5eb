import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { checkEmployeeStep } from "./steps/check-employee"
import { updateEmployeeStep, type EmployeeUpdate } from "./steps/update-employee"

export type UpdateEmployeeInput = EmployeeUpdate

/** Edits an employee: a unique address, an existing manager, and no reports-to loop. */
export const updateEmployeeWorkflow = createWorkflow("update-employee", (input: UpdateEmployeeInput) => {
  checkEmployeeStep(transform({ input }, ({ input }) => ({ id: input.id, email: input.email, manager_id: input.manager_id })))
  const data = transform({ input }, ({ input }) => (input.email ? { ...input, email: input.email.toLowerCase() } : input))
  return new WorkflowResponse(updateEmployeeStep(data))
})
