import { authenticate, validateAndTransformQuery, type MiddlewareRoute } from "@medusajs/framework/http"
import { AlbumFromFilesQuery } from "./validators"

const staff = authenticate("user", ["session", "bearer", "api-key"])

export const adminAlbumAudioMiddlewares: MiddlewareRoute[] = [
  // Both bodies are files, read by the routes themselves (to disk, bounded).
  { method: ["PUT"], matcher: "/admin/music/albums/:id/cover", bodyParser: false, middlewares: [staff] },
  {
    method: ["POST"],
    matcher: "/admin/music/albums/from-files",
    bodyParser: false,
    middlewares: [staff, validateAndTransformQuery(AlbumFromFilesQuery, {})],
  },
]
