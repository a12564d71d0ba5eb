import { createWorkflow, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { createEmployeesStep, EmployeeInput } from "./steps/create-employees"

/** Creates employees, with reports-to links inside the batch resolved. */
export const createEmployeesWorkflow = createWorkflow("create-employees", (input: { employees: EmployeeInput[] }) => {
  return new WorkflowResponse(createEmployeesStep(input.employees))
})
