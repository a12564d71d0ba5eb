import { authenticate, validateAndTransformQuery, type MiddlewareRoute } from "@medusajs/framework/http"
import { AdminPutTrackMasterQuery } from "./validators"

const staff = authenticate("user", ["session", "bearer", "api-key"])

export const adminTrackMasterMiddlewares: MiddlewareRoute[] = [
  {
    method: ["PUT"],
    matcher: "/admin/music/tracks/:id/master",
    // The body is the recording, streamed to the File Module by the route.
    bodyParser: false,
    middlewares: [staff, validateAndTransformQuery(AdminPutTrackMasterQuery, {})],
  },
  { method: ["DELETE"], matcher: "/admin/music/tracks/:id/master", middlewares: [staff] },
]
