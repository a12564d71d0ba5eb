import { authenticate, validateAndTransformBody, validateAndTransformQuery, type MiddlewareRoute } from "@medusajs/framework/http"
import { z } from "@medusajs/framework/zod"
import { rejectHostileBytes } from "../../../utils/clean-text"
import { AdminCustomerMusicParams, AdminSetSupportRep } from "./validators"

const staff = authenticate("user", ["session", "bearer", "api-key"])
const NoBody = z.preprocess((body) => body ?? {}, z.object({}).strict())

export const adminCustomerMusicMiddlewares: MiddlewareRoute[] = [
  {
    method: ["GET"],
    matcher: "/admin/music/customers/:id",
    middlewares: [rejectHostileBytes, staff, validateAndTransformQuery(AdminCustomerMusicParams, {})],
  },
  {
    method: ["POST"],
    matcher: "/admin/music/customers/:id/support-rep",
    middlewares: [rejectHostileBytes, staff, validateAndTransformBody(AdminSetSupportRep)],
  },
  {
    method: ["POST"],
    matcher: "/admin/music/customers/:id/resend-downloads",
    middlewares: [rejectHostileBytes, staff, validateAndTransformBody(NoBody)],
  },
]
