import { MedusaService } from "@medusajs/framework/utils"
import { Employee } from "./models/employee"
import { SupportReply } from "./models/support-reply"
import { SupportRequest } from "./models/support-request"

class StaffModuleService extends MedusaService({
  Employee,
  SupportRequest,
  SupportReply,
}) {}

export default StaffModuleService
