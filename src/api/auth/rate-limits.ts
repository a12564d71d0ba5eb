import type { MedusaNextFunction, MedusaRequest, MedusaResponse, MiddlewareRoute } from "@medusajs/framework/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import {
  consume,
  forget,
  giveBack,
  rateLimitsOn,
  waitInWords,
  type LimitName,
  type Refusal,
} from "../../lib/auth-rate-limits"

/*
 * Password guessing and reset-email floods, limited per account (the email
 * in the body) and per client address, for customers and staff alike.
 *
 * Logins: every attempt takes a point before Medusa checks the password, and
 * a successful one gives it back (and clears the account's count), so only
 * failures add up. Counting after the answer instead would let a burst of
 * parallel guesses all pass the check before any failure is counted; taking
 * first keeps the limit exact, and a customer who logs in often is never
 * refused for it.
 * Resets and registrations count every request: Medusa answers a reset the
 * same whether the address exists or not, and each may send an email.
 */

function clientAddress(req: MedusaRequest) {
  // Medusa sets `trust proxy` to one hop, so behind the load balancer this is the client's.
  return req.ip || req.socket?.remoteAddress || "unknown"
}

function accountOf(value: unknown) {
  return typeof value === "string" && value.trim() ? value.trim().toLowerCase() : undefined
}

function tooMany(res: MedusaResponse, refusal: Refusal, what: string) {
  res.setHeader("Retry-After", String(refusal.retryAfterSeconds))
  res.status(429).json({
    type: "too_many_requests",
    message: `Too many ${what}; try again in ${waitInWords(refusal.retryAfterSeconds)}.`,
    retry_after: refusal.retryAfterSeconds,
  })
}

function logFailure(req: MedusaRequest, e: unknown) {
  req.scope.resolve(ContainerRegistrationKeys.LOGGER).error(`Rate limit: ${(e as Error)?.message ?? e}`)
}

function limitLogins(req: MedusaRequest, res: MedusaResponse, next: MedusaNextFunction) {
  if (!rateLimitsOn()) return next()
  const account = accountOf((req.body as any)?.email)
  const address = clientAddress(req)
  const checks: { name: LimitName; key: string }[] = [{ name: "login_ip", key: address }]
  if (account) checks.unshift({ name: "login_account", key: account })
  consume(checks)
    .then((refusal) => {
      if (refusal) return tooMany(res, refusal, "failed logins")
      res.on("finish", () => {
        // 2xx: the password was right. A redirect (3xx, third-party providers) is not a failure either.
        if (res.statusCode >= 400) return
        Promise.all([giveBack("login_ip", address), account ? forget("login_account", account) : undefined]).catch((e) =>
          logFailure(req, e)
        )
      })
      next()
    })
    .catch(next)
}

function limitEvery(limits: { account?: LimitName; ip: LimitName; field?: string; what: string }) {
  return (req: MedusaRequest, res: MedusaResponse, next: MedusaNextFunction) => {
    if (!rateLimitsOn()) return next()
    const account = limits.field && limits.account ? accountOf((req.body as any)?.[limits.field]) : undefined
    const checks: { name: LimitName; key: string }[] = [{ name: limits.ip, key: clientAddress(req) }]
    if (account && limits.account) checks.unshift({ name: limits.account, key: account })
    consume(checks)
      .then((refusal) => (refusal ? tooMany(res, refusal, limits.what) : next()))
      .catch(next)
  }
}

const ACTORS = ["customer", "user"] as const

export const authRateLimitMiddlewares: MiddlewareRoute[] = [
  ...ACTORS.flatMap((actor): MiddlewareRoute[] => [
    { method: ["POST"], matcher: `/auth/${actor}/emailpass`, middlewares: [limitLogins] },
    {
      method: ["POST"],
      matcher: `/auth/${actor}/emailpass/reset-password`,
      middlewares: [limitEvery({ account: "reset_account", ip: "reset_ip", field: "identifier", what: "password-reset requests" })],
    },
  ]),
  {
    method: ["POST"],
    matcher: "/auth/customer/emailpass/register",
    middlewares: [limitEvery({ ip: "register_ip", what: "registrations from this address" })],
  },
]
