import type { MedusaNextFunction, MedusaRequest, MedusaResponse, MiddlewareRoute } from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"

/** The shortest password a customer may choose (imported logins' demo password included). */
export const MIN_PASSWORD_LENGTH = 8
const MAX_PASSWORD_LENGTH = 128 // bcrypt-style hashing cost grows with length; nobody needs more
const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/

/**
 * Medusa's emailpass provider takes any string as a password and any string
 * as an email. A customer registering or choosing a new password through any
 * client gets a 400 that names the field instead.
 */
function checkCredentials({ requireEmail }: { requireEmail: boolean }) {
  return (req: MedusaRequest, _res: MedusaResponse, next: MedusaNextFunction) => {
    const body = (req.body ?? {}) as Record<string, unknown>
    const { email, password } = body
    if (requireEmail && (typeof email !== "string" || !EMAIL.test(email.trim()))) {
      return next(new MedusaError(MedusaError.Types.INVALID_DATA, "email: enter a valid email address, like name@example.com."))
    }
    if (typeof password !== "string" || password.length < MIN_PASSWORD_LENGTH) {
      return next(
        new MedusaError(MedusaError.Types.INVALID_DATA, `password: use at least ${MIN_PASSWORD_LENGTH} characters.`)
      )
    }
    if (password.length > MAX_PASSWORD_LENGTH) {
      return next(
        new MedusaError(MedusaError.Types.INVALID_DATA, `password: use at most ${MAX_PASSWORD_LENGTH} characters.`)
      )
    }
    next()
  }
}

export const customerPasswordMiddlewares: MiddlewareRoute[] = [
  {
    method: ["POST"],
    matcher: "/auth/customer/emailpass/register",
    middlewares: [checkCredentials({ requireEmail: true })],
  },
  {
    method: ["POST"],
    matcher: "/auth/customer/emailpass/update",
    middlewares: [checkCredentials({ requireEmail: false })],
  },
]
