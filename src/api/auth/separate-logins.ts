import {
  authenticate,
  type MedusaNextFunction,
  type MedusaRequest,
  type MedusaResponse,
  type MiddlewareRoute,
} from "@medusajs/framework/http"
import type { MedusaContainer } from "@medusajs/framework/types"
import { MedusaError, Modules } from "@medusajs/framework/utils"

/*
 * Medusa keeps one email/password identity per address and lets any actor
 * type attach an account to it: a customer registering with a staff
 * member's address (and password) would get a shop account on the staff
 * login, a staff invite accepted with a customer's login would put the
 * admin behind the customer's password, and a shop password reset for a
 * staff address would change the admin password. Staff and customer logins
 * never share an identity here: each of those is refused.
 */

type Account = "customer_id" | "user_id"

async function identityMetadata(scope: MedusaContainer, by: { id?: string; email?: string }) {
  const auth = scope.resolve(Modules.AUTH)
  let id = by.id
  if (!id && by.email) {
    const [provider] = await auth.listProviderIdentities({ entity_id: by.email, provider: "emailpass" })
    id = provider?.auth_identity_id ?? undefined
  }
  if (!id) return undefined
  const identity = await auth.retrieveAuthIdentity(id).catch(() => undefined)
  return (identity?.app_metadata ?? {}) as Record<string, unknown>
}

/** Refuses to attach an account of one kind to a login that holds the other kind. */
function refuseSharedIdentity(own: Account, other: Account, message: string) {
  return async (req: MedusaRequest, _res: MedusaResponse, next: MedusaNextFunction) => {
    try {
      const authIdentityId = (req as any).auth_context?.auth_identity_id
      const metadata = await identityMetadata(req.scope, { id: authIdentityId })
      if (metadata?.[other] && !metadata[own]) {
        return next(new MedusaError(MedusaError.Types.NOT_ALLOWED, message))
      }
      next()
    } catch (e) {
      next(e)
    }
  }
}

/**
 * A reset request for a login of the other kind answers as for an unknown
 * address (Medusa's 201, nothing sent), so the form tells nobody whose
 * address it is, and the other account's password is not changed from here.
 */
function resetOnlyOwnKind(own: Account, other: Account) {
  return async (req: MedusaRequest, res: MedusaResponse, next: MedusaNextFunction) => {
    try {
      const email = (req.body as any)?.identifier
      const metadata = typeof email === "string" ? await identityMetadata(req.scope, { email }) : undefined
      if (metadata?.[other] && !metadata[own]) {
        return res.sendStatus(201)
      }
      next()
    } catch (e) {
      next(e)
    }
  }
}

const STAFF_ADDRESS =
  "email: this address is a staff login of the store; use another email address for your customer account."
const CUSTOMER_ADDRESS =
  "email: this address is already a customer's login in the store; a staff login needs an address of its own."

export const separateLoginMiddlewares: MiddlewareRoute[] = [
  {
    method: ["POST"],
    matcher: "/store/customers",
    // Authenticated here too: the check needs the login whichever order
    // Medusa's own middlewares for the route run in.
    middlewares: [
      authenticate("customer", ["session", "bearer"], { allowUnregistered: true }),
      refuseSharedIdentity("customer_id", "user_id", STAFF_ADDRESS),
    ],
  },
  {
    method: ["POST"],
    matcher: "/admin/invites/accept",
    middlewares: [
      authenticate("user", ["session", "bearer"], { allowUnregistered: true }),
      refuseSharedIdentity("user_id", "customer_id", CUSTOMER_ADDRESS),
    ],
  },
  {
    method: ["POST"],
    matcher: "/auth/customer/emailpass/reset-password",
    middlewares: [resetOnlyOwnKind("customer_id", "user_id")],
  },
  {
    method: ["POST"],
    matcher: "/auth/user/emailpass/reset-password",
    middlewares: [resetOnlyOwnKind("user_id", "customer_id")],
  },
]
