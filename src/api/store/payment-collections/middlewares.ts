import type { AuthenticatedMedusaRequest, MedusaNextFunction, MedusaResponse, MiddlewareRoute } from "@medusajs/framework/http"
import { MedusaError, Modules } from "@medusajs/framework/utils"
import { randomUUID } from "node:crypto"
import { setTimeout as sleep } from "node:timers/promises"

/*
 * A customer's first payment session also creates their account holder at the
 * payment provider (Medusa's createPaymentSessionsWorkflow), and an account
 * holder is unique per provider and customer. Two first payments at once (two
 * tabs, two carts) both found none, both created one, and the slower got a 400
 * "already exists". So one customer's payment sessions are opened one after
 * the other: the second then finds the holder the first created. Through the
 * Locking Module, so with locking-redis it holds across servers.
 */
const key = (customerId: string) => `payment-account-holder:${customerId}`
/** A lock whose holder died is freed after this long. */
const EXPIRE_S = 30
const WAIT_MS = 15_000
const RETRY_MS = 100

async function oneSessionAtATime(req: AuthenticatedMedusaRequest, res: MedusaResponse, next: MedusaNextFunction) {
  const customerId = req.auth_context?.actor_type === "customer" ? req.auth_context.actor_id : undefined
  if (!customerId) return next()
  const locking = req.scope.resolve(Modules.LOCKING)
  const ownerId = randomUUID()
  try {
    for (const until = Date.now() + WAIT_MS; ; ) {
      try {
        await locking.acquire(key(customerId), { ownerId, expire: EXPIRE_S })
        break
      } catch {
        if (Date.now() >= until) {
          throw new MedusaError(
            MedusaError.Types.CONFLICT,
            "Another payment of yours is still being set up. Please try again in a moment."
          )
        }
        await sleep(RETRY_MS)
      }
    }
  } catch (e) {
    return next(e)
  }
  let released = false
  const release = () => {
    if (released) return
    released = true
    locking.release(key(customerId), { ownerId }).catch(() => false)
  }
  // "finish" when the answer is sent, "close" when the client went away first.
  res.once("finish", release)
  res.once("close", release)
  next()
}

export const storePaymentCollectionMiddlewares: MiddlewareRoute[] = [
  { method: ["POST"], matcher: "/store/payment-collections/:id/payment-sessions", middlewares: [oneSessionAtATime] },
]
