import type { MedusaContainer } from "@medusajs/framework/types"
import { MedusaError, Modules } from "@medusajs/framework/utils"
import { setTimeout as sleep } from "node:timers/promises"

/*
 * Locks that make one customer's requests of a kind wait for each other,
 * through the Locking Module, so with locking-redis they hold across servers.
 * Medusa locks a cart while it completes, not a customer: a customer's two
 * carts, or two tabs, would otherwise race on what belongs to the customer.
 */

export type CustomerLock = {
  /** Names the lock: `<kind>:<customer id>`. */
  kind: string
  /** A lock whose holder died is freed after this many seconds. */
  expireS: number
  /** How long a second request waits before it is refused with 409 and `busy`. */
  waitMs: number
  busy: string
}

const RETRY_MS = 100

/** Takes the customer's lock of this kind for `ownerId`, waiting while another holds it. */
export async function acquireCustomerLock(container: MedusaContainer, lock: CustomerLock, customerId: string, ownerId: string) {
  const locking = container.resolve(Modules.LOCKING)
  const key = `${lock.kind}:${customerId}`
  for (const until = Date.now() + lock.waitMs; ; ) {
    try {
      await locking.acquire(key, { ownerId, expire: lock.expireS })
      return
    } catch {
      // The Locking Module refuses a held key at once: ask again until the wait is over.
      if (Date.now() >= until) throw new MedusaError(MedusaError.Types.CONFLICT, lock.busy)
      await sleep(RETRY_MS)
    }
  }
}

export async function releaseCustomerLock(container: MedusaContainer, lock: CustomerLock, customerId: string, ownerId: string) {
  const locking = container.resolve(Modules.LOCKING)
  await locking.release(`${lock.kind}:${customerId}`, { ownerId }).catch(() => false)
}
