import type { AuthenticatedMedusaRequest, MedusaNextFunction, MedusaResponse, MiddlewareRoute } from "@medusajs/framework/http"
import { randomUUID } from "node:crypto"
import { acquireCustomerLock, releaseCustomerLock, type CustomerLock } from "../../../lib/customer-lock"

/*
 * A customer's first payment session also creates their account holder at the
 * payment provider (Medusa's createPaymentSessionsWorkflow), and an account
 * holder is unique per provider and customer. Two first payments at once (two
 * tabs, two carts) both found none, both created one, and the slower got a 400
 * "already exists". So one customer's payment sessions are opened one after
 * the other, and the second finds the holder the first created.
 */
const PAYMENT_SETUP: CustomerLock = {
  kind: "payment-account-holder",
  expireS: 30,
  waitMs: 15_000,
  busy: "Another payment of yours is still being set up. Please try again in a moment.",
}

async function oneSessionAtATime(req: AuthenticatedMedusaRequest, res: MedusaResponse, next: MedusaNextFunction) {
  const customerId = req.auth_context?.actor_type === "customer" ? req.auth_context.actor_id : undefined
  if (!customerId) return next()
  const ownerId = randomUUID()
  try {
    await acquireCustomerLock(req.scope, PAYMENT_SETUP, customerId, ownerId)
  } catch (e) {
    return next(e)
  }
  let released = false
  const release = () => {
    if (released) return
    released = true
    void releaseCustomerLock(req.scope, PAYMENT_SETUP, customerId, ownerId)
  }
  // Held until the answer is sent ("finish"), or the client has gone ("close").
  res.once("finish", release)
  res.once("close", release)
  next()
}

export const storePaymentCollectionMiddlewares: MiddlewareRoute[] = [
  { method: ["POST"], matcher: "/store/payment-collections/:id/payment-sessions", middlewares: [oneSessionAtATime] },
]
