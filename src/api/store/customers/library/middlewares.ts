import { authenticate, validateAndTransformQuery, type MiddlewareRoute } from "@medusajs/framework/http"
import { rejectHostileBytes } from "../../../utils/clean-text"
import { libraryQueryConfig, StoreGetLibraryParams, StoreGetOwnedVariantsParams } from "./validators"

export const storeLibraryMiddlewares: MiddlewareRoute[] = [
  {
    method: ["GET"],
    matcher: "/store/customers/me/library",
    middlewares: [
      rejectHostileBytes,
      authenticate("customer", ["session", "bearer"]),
      validateAndTransformQuery(StoreGetLibraryParams, libraryQueryConfig),
    ],
  },
  {
    method: ["GET"],
    matcher: "/store/customers/me/library/variants",
    middlewares: [
      rejectHostileBytes,
      authenticate("customer", ["session", "bearer"]),
      validateAndTransformQuery(StoreGetOwnedVariantsParams, {}),
    ],
  },
]
