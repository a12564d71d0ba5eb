import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { STAFF_MODULE } from "../../../modules/staff"
import type StaffModuleService from "../../../modules/staff/service"

export type CreateSupportRequestData = {
  customer_id: string
  order_id: string | null
  subject: string
  message: string
  assignee_id: string | null
}

export const createSupportRequestStep = createStep(
  "create-support-request",
  async (input: CreateSupportRequestData, { container }) => {
    const staff: StaffModuleService = container.resolve(STAFF_MODULE)
    const created = await staff.createSupportRequests({ ...input, status: "open", last_message_at: new Date() })
    return new StepResponse(created, created.id)
  },
  async (id, { container }) => {
    if (!id) return
    const staff: StaffModuleService = container.resolve(STAFF_MODULE)
    await staff.deleteSupportRequests(id)
  }
)
