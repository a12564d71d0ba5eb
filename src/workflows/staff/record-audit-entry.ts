import { createWorkflow, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { recordAuditEntryStep, type AuditEntryInput } from "./steps/record-audit-entry"

/** Records a staff change in the audit trail (GET /admin/audit-log). */
export const recordAuditEntryWorkflow = createWorkflow("record-audit-entry", (input: AuditEntryInput) => {
  return new WorkflowResponse(recordAuditEntryStep(input))
})
