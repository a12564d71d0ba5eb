import { defineLink } from "@medusajs/framework/utils"
import OrderModule from "@medusajs/medusa/order"
import StaffModule from "../modules/staff"

// Read-only: the order a support request is about (optional), by its id.
export default defineLink(
  { linkable: StaffModule.linkable.supportRequest, field: "order_id" },
  OrderModule.linkable.order,
  { readOnly: true }
)
