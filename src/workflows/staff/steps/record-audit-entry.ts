import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { STAFF_MODULE } from "../../../modules/staff"
import type StaffModuleService from "../../../modules/staff/service"

export type AuditEntryInput = {
  actor_id: string
  actor_email?: string | null
  action: string
  entity: string
  entity_id: string
  summary: string
  changes?: { before: unknown; after: unknown } | null
}

/** Writes one entry of the staff audit trail; undone by removing it (the change it tells of was undone too). */
export const recordAuditEntryStep = createStep(
  "record-audit-entry",
  async (input: AuditEntryInput, { container }) => {
    const staff: StaffModuleService = container.resolve(STAFF_MODULE)
    const entry = await staff.createAuditEntries(input as any)
    return new StepResponse(entry, entry.id)
  },
  async (id, { container }) => {
    if (!id) return
    const staff: StaffModuleService = container.resolve(STAFF_MODULE)
    await staff.deleteAuditEntries(id)
  }
)
