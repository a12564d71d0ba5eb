import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { STAFF_MODULE } from "../../../modules/staff"
import type StaffModuleService from "../../../modules/staff/service"

export type EmployeeInput = {
  chinook_id?: number | null
  first_name: string
  last_name: string
  email: string
  title?: string | null
  birth_date?: Date | null
  hire_date?: Date | null
  address?: string | null
  city?: string | null
  state?: string | null
  country?: string | null
  postal_code?: string | null
  phone?: string | null
  fax?: string | null
  /** An existing employee's id. */
  manager_id?: string | null
  /** Index in this batch of the manager, for a hierarchy created at once. */
  manager_index?: number | null
}

export const createEmployeesStep = createStep(
  "create-employees",
  async (input: EmployeeInput[], { container }) => {
    const staff: StaffModuleService = container.resolve(STAFF_MODULE)
    const created = await staff.createEmployees(
      input.map(({ manager_index, ...e }) => ({ ...e, manager_id: e.manager_id ?? null }))
    )
    // Managers inside the batch get their ids only now.
    const updates = input
      .map((e, i) => (e.manager_index == null ? null : { id: created[i].id, manager_id: created[e.manager_index].id }))
      .filter(Boolean) as { id: string; manager_id: string }[]
    if (updates.length) {
      await staff.updateEmployees(updates)
    }
    const result = created.map((e, i) => ({ ...e, manager_id: updates.find((u) => u.id === e.id)?.manager_id ?? e.manager_id }))
    return new StepResponse(result, created.map((e) => e.id))
  },
  async (ids, { container }) => {
    if (!ids?.length) {
      return
    }
    const staff: StaffModuleService = container.resolve(STAFF_MODULE)
    await staff.deleteEmployees(ids)
  }
)
