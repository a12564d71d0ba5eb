import { authenticate, validateAndTransformBody, validateAndTransformQuery, type MiddlewareRoute } from "@medusajs/framework/http"
import { rejectHostileBytes } from "../../../../utils/clean-text"
import { StoreCreateSupportReply, StoreCreateSupportRequest, StoreListSupportRequestsParams } from "./validators"

const customer = authenticate("customer", ["session", "bearer"])

export const storeSupportMiddlewares: MiddlewareRoute[] = [
  {
    method: ["GET"],
    matcher: "/store/customers/me/support-requests",
    middlewares: [rejectHostileBytes, customer, validateAndTransformQuery(StoreListSupportRequestsParams, {})],
  },
  {
    method: ["POST"],
    matcher: "/store/customers/me/support-requests",
    middlewares: [rejectHostileBytes, customer, validateAndTransformBody(StoreCreateSupportRequest)],
  },
  {
    method: ["GET"],
    matcher: "/store/customers/me/support-requests/:id",
    middlewares: [rejectHostileBytes, customer],
  },
  {
    method: ["POST"],
    matcher: "/store/customers/me/support-requests/:id/replies",
    middlewares: [rejectHostileBytes, customer, validateAndTransformBody(StoreCreateSupportReply)],
  },
]
