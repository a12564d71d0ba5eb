import { defineLink } from "@medusajs/framework/utils"
import CustomerModule from "@medusajs/medusa/customer"
import StaffModule from "../modules/staff"

// The employee is the customer's support rep; a rep looks after many customers.
export default defineLink(
  StaffModule.linkable.employee,
  { linkable: CustomerModule.linkable.customer, isList: true }
)
