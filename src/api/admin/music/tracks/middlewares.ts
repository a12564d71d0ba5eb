import { authenticate, validateAndTransformBody, validateAndTransformQuery, type MiddlewareRoute } from "@medusajs/framework/http"
import { AdminApplyMasterTags, AdminPutTrackMasterQuery } from "./validators"

const staff = authenticate("user", ["session", "bearer", "api-key"])

export const adminTrackMasterMiddlewares: MiddlewareRoute[] = [
  {
    method: ["PUT"],
    matcher: "/admin/music/tracks/:id/master",
    // The body is the recording, streamed to a work file by the route.
    bodyParser: false,
    middlewares: [staff, validateAndTransformQuery(AdminPutTrackMasterQuery, {})],
  },
  { method: ["GET", "DELETE"], matcher: "/admin/music/tracks/:id/master", middlewares: [staff] },
  {
    method: ["POST"],
    matcher: "/admin/music/tracks/:id/master/apply-tags",
    middlewares: [staff, validateAndTransformBody(AdminApplyMasterTags)],
  },
]
