import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { STAFF_MODULE } from "../../../modules/staff"
import type StaffModuleService from "../../../modules/staff/service"
import type { SupportRepChange } from "./read-support-rep-change"

/**
 * A customer's requests still being worked on (open or pending) that were
 * their old rep's, or nobody's, go to the new rep; resolved ones keep who
 * handled them. Undone by giving each back to whom it had.
 */
export const reassignSupportRequestsStep = createStep(
  "reassign-support-requests",
  async (change: SupportRepChange, { container }) => {
    if (change.from === change.to) return new StepResponse([], [])
    const staff: StaffModuleService = container.resolve(STAFF_MODULE)
    const requests = await staff.listSupportRequests(
      { customer_id: change.customer_id, status: ["open", "pending"] },
      { select: ["id", "assignee_id"], take: null }
    )
    const moving = requests.filter((r: any) => (r.assignee_id ?? null) === change.from)
    if (!moving.length) return new StepResponse([], [])
    await staff.updateSupportRequests(moving.map((r) => ({ id: r.id, assignee_id: change.to })) as any)
    return new StepResponse(
      moving.map((r) => r.id),
      moving.map((r: any) => ({ id: r.id as string, assignee_id: (r.assignee_id ?? null) as string | null }))
    )
  },
  async (before, { container }) => {
    if (!before?.length) return
    const staff: StaffModuleService = container.resolve(STAFF_MODULE)
    await staff.updateSupportRequests(before as any)
  }
)
