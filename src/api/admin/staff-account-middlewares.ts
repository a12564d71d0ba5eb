import {
  authenticate,
  type AuthenticatedMedusaRequest,
  type MedusaNextFunction,
  type MedusaResponse,
  type MiddlewareRoute,
} from "@medusajs/framework/http"
import { MedusaError, Modules } from "@medusajs/framework/utils"

/*
 * A staff login is a signed token (or a session) that Medusa trusts until it
 * expires: deleting the user (here, with their employee record) leaves it
 * working for up to a day. Every admin request from a user is checked
 * against the user still existing, so a removed member of staff is out at
 * once. The cost is one primary-key read per admin request; unauthenticated
 * requests, API keys and invite tokens (no user yet) are left to the route.
 */
export async function staffAccountStillExists(req: AuthenticatedMedusaRequest, _res: MedusaResponse, next: MedusaNextFunction) {
  try {
    const auth = req.auth_context
    if (auth?.actor_type !== "user" || !auth.actor_id) return next()
    const [user] = await req.scope.resolve(Modules.USER).listUsers({ id: auth.actor_id }, { select: ["id"] })
    if (!user) {
      return next(new MedusaError(MedusaError.Types.UNAUTHORIZED, "Your staff account no longer exists; sign in again or ask an administrator."))
    }
    next()
  } catch (e) {
    next(e)
  }
}

export const staffAccountMiddlewares: MiddlewareRoute[] = [
  {
    matcher: "/admin/*",
    middlewares: [authenticate("user", ["session", "bearer"], { allowUnauthenticated: true }), staffAccountStillExists],
  },
]
