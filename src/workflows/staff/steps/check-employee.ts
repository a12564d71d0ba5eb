import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { MedusaError } from "@medusajs/framework/utils"
import { STAFF_MODULE } from "../../../modules/staff"
import type StaffModuleService from "../../../modules/staff/service"

export type CheckEmployeeInput = {
  /** The employee being edited; absent for a new one. */
  id?: string
  email?: string
  /** The new manager: an employee id, or null for none. */
  manager_id?: string | null
}

const invalid = (message: string) => new MedusaError(MedusaError.Types.INVALID_DATA, message)

/**
 * What the database alone would answer with an opaque error, or not at all:
 * an address another employee has (unique index), a manager that does not
 * exist, and a reports-to loop (someone ending up their own manager), which
 * would make the hierarchy a cycle instead of a tree.
 */
export const checkEmployeeStep = createStep("check-employee", async (input: CheckEmployeeInput, { container }) => {
  const staff: StaffModuleService = container.resolve(STAFF_MODULE)
  if (input.id) {
    const [self] = await staff.listEmployees({ id: input.id }, { select: ["id"] })
    if (!self) throw new MedusaError(MedusaError.Types.NOT_FOUND, `Employee with id: ${input.id} was not found`)
  }
  if (input.email) {
    const [other] = await staff.listEmployees({ email: input.email.toLowerCase() }, { select: ["id", "first_name", "last_name"] })
    if (other && other.id !== input.id) {
      throw invalid(`email: ${other.first_name} ${other.last_name} already has this address.`)
    }
  }
  if (input.manager_id) {
    if (input.manager_id === input.id) throw invalid("reports_to: an employee cannot report to themselves.")
    const all = await staff.listEmployees({}, { select: ["id", "manager_id"], take: null })
    const managerOf = new Map(all.map((e: any) => [e.id as string, (e.manager_id ?? null) as string | null]))
    if (!managerOf.has(input.manager_id)) throw invalid(`reports_to: no employee has the id ${input.manager_id}.`)
    // Walk up from the new manager: meeting this employee means a loop.
    const seen = new Set<string>()
    for (let at: string | null = input.manager_id; at && !seen.has(at); at = managerOf.get(at) ?? null) {
      if (at === input.id) throw invalid("reports_to: that employee already reports to this one (directly or through others); the hierarchy would loop.")
      seen.add(at)
    }
  }
  return new StepResponse(true)
})
