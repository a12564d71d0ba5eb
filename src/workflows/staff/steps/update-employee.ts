import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { STAFF_MODULE } from "../../../modules/staff"
import type StaffModuleService from "../../../modules/staff/service"
import type { EmployeeInput } from "./create-employees"

export type EmployeeUpdate = { id: string } & Partial<Omit<EmployeeInput, "manager_index" | "chinook_id">>

/** Updates one employee; undone by writing back the fields it changed. */
export const updateEmployeeStep = createStep(
  "update-employee",
  async (input: EmployeeUpdate, { container }) => {
    const staff: StaffModuleService = container.resolve(STAFF_MODULE)
    const fields = Object.keys(input).filter((k) => k !== "id")
    const [before] = await staff.listEmployees({ id: input.id }, { select: ["id", ...fields] as any })
    const updated = await staff.updateEmployees(input as any)
    const previous: Record<string, unknown> = { id: input.id }
    for (const f of fields) previous[f] = (before as any)?.[f] ?? null
    return new StepResponse(updated, previous)
  },
  async (previous, { container }) => {
    if (!previous) return
    const staff: StaffModuleService = container.resolve(STAFF_MODULE)
    await staff.updateEmployees(previous as any)
  }
)
