import { MedusaService } from "@medusajs/framework/utils"
import { Employee } from "./models/employee"

class StaffModuleService extends MedusaService({
  Employee,
}) {}

export default StaffModuleService
