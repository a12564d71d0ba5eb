import type { MedusaContainer } from "@medusajs/framework/types"
import { acquireCustomerLock, releaseCustomerLock, type CustomerLock } from "../../lib/customer-lock"

// Medusa locks each cart while it completes, not each customer: two carts of
// one customer completing at once would both pass the "already owned" check
// before either order exists. Completion therefore also holds a per-customer
// lock from the validate hook until the order is created (orderCreated hook)
// or the completion fails (the hook's compensation).
const CHECKOUT: CustomerLock = {
  kind: "music-checkout",
  expireS: 60,
  waitMs: 20_000,
  busy: "Another checkout of yours is still being processed. Please try again in a moment.",
}

export const lockCustomerCheckout = (container: MedusaContainer, customerId: string, cartId: string) =>
  acquireCustomerLock(container, CHECKOUT, customerId, cartId)

export const unlockCustomerCheckout = (container: MedusaContainer, customerId: string, cartId: string) =>
  releaseCustomerLock(container, CHECKOUT, customerId, cartId)
