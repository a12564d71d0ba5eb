import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { STAFF_MODULE } from "../../../modules/staff"
import type StaffModuleService from "../../../modules/staff/service"

/**
 * Requests still being worked on (open or pending) that were the employee's
 * go back to the queue unassigned; resolved ones keep who handled them.
 * Undone by giving each back.
 */
export const unassignEmployeeRequestsStep = createStep(
  "unassign-employee-support-requests",
  async (input: { employee_id: string }, { container }) => {
    const staff: StaffModuleService = container.resolve(STAFF_MODULE)
    const requests = await staff.listSupportRequests(
      { assignee_id: input.employee_id, status: ["open", "pending"] } as any,
      { select: ["id"], take: null }
    )
    const ids = requests.map((r) => r.id)
    if (ids.length) await staff.updateSupportRequests(ids.map((id) => ({ id, assignee_id: null })) as any)
    return new StepResponse(ids, { employee_id: input.employee_id, ids })
  },
  async (undo, { container }) => {
    if (!undo?.ids.length) return
    const staff: StaffModuleService = container.resolve(STAFF_MODULE)
    await staff.updateSupportRequests(undo.ids.map((id) => ({ id, assignee_id: undo.employee_id })) as any)
  }
)

/** Soft-deletes the employee (their sales history keeps its rows); undone by restoring them. */
export const softDeleteEmployeeStep = createStep(
  "soft-delete-employee",
  async (input: { employee_id: string }, { container }) => {
    const staff: StaffModuleService = container.resolve(STAFF_MODULE)
    await staff.softDeleteEmployees([input.employee_id])
    return new StepResponse(input.employee_id, input.employee_id)
  },
  async (id, { container }) => {
    if (!id) return
    const staff: StaffModuleService = container.resolve(STAFF_MODULE)
    await staff.restoreEmployees([id])
  }
)
