import { authenticate, validateAndTransformQuery, type MiddlewareRoute } from "@medusajs/framework/http"
import { rejectHostileBytes } from "../../utils/clean-text"
import { AdminListAuditLogParams } from "./validators"

const staff = authenticate("user", ["session", "bearer", "api-key"])

export const adminAuditLogMiddlewares: MiddlewareRoute[] = [
  { method: ["GET"], matcher: "/admin/audit-log", middlewares: [rejectHostileBytes, staff, validateAndTransformQuery(AdminListAuditLogParams, {})] },
]
