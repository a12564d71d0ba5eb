import { defineLink } from "@medusajs/framework/utils"
import CustomerModule from "@medusajs/medusa/customer"
import StaffModule from "../modules/staff"

// Read-only: a support request keeps its customer's id; this lets Query
// fetch the customer with it (the admin queue shows name and email).
export default defineLink(
  { linkable: StaffModule.linkable.supportRequest, field: "customer_id" },
  CustomerModule.linkable.customer,
  { readOnly: true }
)
