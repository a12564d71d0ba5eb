import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { checkEmployeeStep } from "./steps/check-employee"
import { createEmployeesStep, type EmployeeInput } from "./steps/create-employees"

export type CreateEmployeeInput = Omit<EmployeeInput, "manager_index" | "chinook_id">

/** Staff add an employee: a unique address and an existing manager (or none). */
export const createEmployeeWorkflow = createWorkflow("create-employee", (input: CreateEmployeeInput) => {
  checkEmployeeStep(transform({ input }, ({ input }) => ({ email: input.email, manager_id: input.manager_id })))
  const employees = createEmployeesStep(transform({ input }, ({ input }) => [{ ...input, email: input.email.toLowerCase() }]))
  return new WorkflowResponse(transform({ employees }, ({ employees }) => employees[0]))
})
