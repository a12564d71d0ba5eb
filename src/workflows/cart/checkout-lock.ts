import type { MedusaContainer } from "@medusajs/framework/types"
import { MedusaError, Modules } from "@medusajs/framework/utils"
import { setTimeout as sleep } from "node:timers/promises"

// Medusa locks each cart while it completes, not each customer: two carts of
// one customer completing at once would both pass the "already owned" check
// before either order exists. Completion therefore also holds a per-customer
// lock from the validate hook until the order is created (orderCreated hook)
// or the completion fails (the hook's compensation). Through the Locking
// Module, so with locking-redis it holds across servers.

const key = (customerId: string) => `music-checkout:${customerId}`
/** A lock whose holder died is freed after this long. */
const EXPIRE_S = 60
const WAIT_MS = 20_000
const RETRY_MS = 150

export async function lockCustomerCheckout(container: MedusaContainer, customerId: string, cartId: string) {
  const locking = container.resolve(Modules.LOCKING)
  const until = Date.now() + WAIT_MS
  for (;;) {
    try {
      await locking.acquire(key(customerId), { ownerId: cartId, expire: EXPIRE_S })
      return
    } catch {
      if (Date.now() >= until) {
        throw new MedusaError(
          MedusaError.Types.CONFLICT,
          "Another checkout of yours is still being processed. Please try again in a moment."
        )
      }
      await sleep(RETRY_MS)
    }
  }
}

export async function unlockCustomerCheckout(container: MedusaContainer, customerId: string, cartId: string) {
  const locking = container.resolve(Modules.LOCKING)
  await locking.release(key(customerId), { ownerId: cartId }).catch(() => false)
}
