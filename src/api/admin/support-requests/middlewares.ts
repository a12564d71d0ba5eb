import { authenticate, validateAndTransformBody, validateAndTransformQuery, type MiddlewareRoute } from "@medusajs/framework/http"
import { rejectHostileBytes } from "../../utils/clean-text"
import { AdminCreateSupportReply, AdminListSupportRequestsParams, AdminUpdateSupportRequest } from "./validators"

const staff = authenticate("user", ["session", "bearer", "api-key"])

export const adminSupportMiddlewares: MiddlewareRoute[] = [
  {
    method: ["GET"],
    matcher: "/admin/support-requests",
    middlewares: [rejectHostileBytes, staff, validateAndTransformQuery(AdminListSupportRequestsParams, {})],
  },
  { method: ["GET"], matcher: "/admin/support-requests/:id", middlewares: [rejectHostileBytes, staff] },
  {
    method: ["POST"],
    matcher: "/admin/support-requests/:id",
    middlewares: [rejectHostileBytes, staff, validateAndTransformBody(AdminUpdateSupportRequest)],
  },
  {
    method: ["POST"],
    matcher: "/admin/support-requests/:id/replies",
    middlewares: [rejectHostileBytes, staff, validateAndTransformBody(AdminCreateSupportReply)],
  },
]
