import { MedusaService } from "@medusajs/framework/utils"
import { AuditEntry } from "./models/audit-entry"
import { Employee } from "./models/employee"
import { SupportReply } from "./models/support-reply"
import { SupportRequest } from "./models/support-request"

class StaffModuleService extends MedusaService({
  Employee,
  SupportRequest,
  SupportReply,
  AuditEntry,
}) {}

export default StaffModuleService
