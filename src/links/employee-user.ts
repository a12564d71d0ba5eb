import { defineLink } from "@medusajs/framework/utils"
import UserModule from "@medusajs/medusa/user"
import StaffModule from "../modules/staff"

// The employee's staff login for the admin.
export default defineLink(StaffModule.linkable.employee, UserModule.linkable.user)
