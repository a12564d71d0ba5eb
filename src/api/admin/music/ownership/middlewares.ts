import { authenticate, validateAndTransformQuery, type MiddlewareRoute } from "@medusajs/framework/http"
import { AdminGetPendingOwnershipParams } from "./validators"

export const adminOwnershipMiddlewares: MiddlewareRoute[] = [
  {
    method: ["GET"],
    matcher: "/admin/music/ownership/pending",
    middlewares: [authenticate("user", ["session", "bearer", "api-key"]), validateAndTransformQuery(AdminGetPendingOwnershipParams, {})],
  },
]
