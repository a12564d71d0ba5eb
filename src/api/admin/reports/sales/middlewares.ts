import { authenticate, validateAndTransformQuery, type MiddlewareRoute } from "@medusajs/framework/http"
import { rejectHostileBytes } from "../../../utils/clean-text"
import { AdminGetSalesReportParams } from "./validators"

export const adminSalesReportMiddlewares: MiddlewareRoute[] = [
  {
    method: ["GET"],
    matcher: "/admin/reports/sales",
    middlewares: [
      authenticate("user", ["session", "bearer", "api-key"]),
      rejectHostileBytes,
      validateAndTransformQuery(AdminGetSalesReportParams, {}),
    ],
  },
]
