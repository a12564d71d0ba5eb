import { authenticate, validateAndTransformBody, validateAndTransformQuery, type MiddlewareRoute } from "@medusajs/framework/http"
import { z } from "@medusajs/framework/zod"
import { rejectHostileBytes } from "../../utils/clean-text"
import { AdminCreateEmployee, AdminEmployeeCustomersParams, AdminListEmployeesParams, AdminUpdateEmployee } from "./validators"

const staff = authenticate("user", ["session", "bearer", "api-key"])
const NoBody = z.preprocess((body) => body ?? {}, z.object({}).strict())

export const adminEmployeeMiddlewares: MiddlewareRoute[] = [
  { method: ["GET"], matcher: "/admin/employees", middlewares: [rejectHostileBytes, staff, validateAndTransformQuery(AdminListEmployeesParams, {})] },
  { method: ["POST"], matcher: "/admin/employees", middlewares: [rejectHostileBytes, staff, validateAndTransformBody(AdminCreateEmployee)] },
  { method: ["GET"], matcher: "/admin/employees/:id", middlewares: [rejectHostileBytes, staff] },
  { method: ["POST"], matcher: "/admin/employees/:id", middlewares: [rejectHostileBytes, staff, validateAndTransformBody(AdminUpdateEmployee)] },
  { method: ["DELETE"], matcher: "/admin/employees/:id", middlewares: [rejectHostileBytes, staff] },
  {
    method: ["GET"],
    matcher: "/admin/employees/:id/customers",
    middlewares: [rejectHostileBytes, staff, validateAndTransformQuery(AdminEmployeeCustomersParams, {})],
  },
  { method: ["GET"], matcher: "/admin/employees/:id/sales", middlewares: [rejectHostileBytes, staff] },
  { method: ["POST"], matcher: "/admin/employees/:id/invite", middlewares: [rejectHostileBytes, staff, validateAndTransformBody(NoBody)] },
]
