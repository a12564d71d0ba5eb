import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { MedusaError } from "@medusajs/framework/utils"
import { STAFF_MODULE } from "../../../modules/staff"
import type StaffModuleService from "../../../modules/staff/service"
import type { SupportStatus } from "./add-support-reply"

export type UpdateSupportRequestData = {
  id: string
  status?: SupportStatus
  /** An employee's id, or null to leave the request unassigned. */
  assignee_id?: string | null
}

/** Staff change a request's status or assignee; undone by restoring both. */
export const updateSupportRequestStep = createStep(
  "update-support-request",
  async (input: UpdateSupportRequestData, { container }) => {
    const staff: StaffModuleService = container.resolve(STAFF_MODULE)
    const [before] = await staff.listSupportRequests({ id: input.id }, { select: ["id", "status", "assignee_id"] })
    if (!before) throw new MedusaError(MedusaError.Types.NOT_FOUND, `Support request with id: ${input.id} was not found`)
    if (input.assignee_id) {
      const [employee] = await staff.listEmployees({ id: input.assignee_id }, { select: ["id"] })
      if (!employee) throw new MedusaError(MedusaError.Types.INVALID_DATA, `assignee_id: no employee has the id ${input.assignee_id}.`)
    }
    const update: Record<string, unknown> = { id: input.id }
    if (input.status !== undefined) update.status = input.status
    if (input.assignee_id !== undefined) update.assignee_id = input.assignee_id
    const updated = await staff.updateSupportRequests(update as any)
    return new StepResponse(updated, { id: before.id, status: before.status, assignee_id: (before as any).assignee_id ?? null })
  },
  async (before, { container }) => {
    if (!before) return
    const staff: StaffModuleService = container.resolve(STAFF_MODULE)
    await staff.updateSupportRequests(before as any)
  }
)
