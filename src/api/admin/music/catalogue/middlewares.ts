import { authenticate, validateAndTransformBody, validateAndTransformQuery, type MiddlewareRoute } from "@medusajs/framework/http"
import { rejectHostileBytes } from "../../../utils/clean-text"
import {
  AdminCreateAlbumBody,
  AdminCreateTrackBody,
  AdminListAlbumsParams,
  AdminListNamedParams,
  AdminListTracksParams,
  AdminNamedBody,
  AdminPriceChangeBody,
  AdminUpdateAlbumBody,
  AdminUpdateTrackBody,
  AdminMoveTrackBody,
} from "./validators"

// Medusa guards /admin/* already; saying it here keeps the routes safe if that default changes.
const staff = authenticate("user", ["session", "bearer", "api-key"])

/** List, create, and retrieve/update/delete one: the same shape for artists, genres and media types. */
function namedRecord(path: string): MiddlewareRoute[] {
  return [
    { method: ["GET"], matcher: path, middlewares: [staff, rejectHostileBytes, validateAndTransformQuery(AdminListNamedParams, {})] },
    { method: ["POST"], matcher: path, middlewares: [staff, validateAndTransformBody(AdminNamedBody)] },
    { method: ["GET", "DELETE"], matcher: `${path}/:id`, middlewares: [staff, rejectHostileBytes] },
    { method: ["POST"], matcher: `${path}/:id`, middlewares: [staff, rejectHostileBytes, validateAndTransformBody(AdminNamedBody)] },
  ]
}

export const adminCatalogueMiddlewares: MiddlewareRoute[] = [
  ...namedRecord("/admin/music/artists"),
  ...namedRecord("/admin/music/genres"),
  ...namedRecord("/admin/music/media-types"),

  { method: ["GET"], matcher: "/admin/music/albums", middlewares: [staff, rejectHostileBytes, validateAndTransformQuery(AdminListAlbumsParams, {})] },
  { method: ["POST"], matcher: "/admin/music/albums", middlewares: [staff, validateAndTransformBody(AdminCreateAlbumBody)] },
  { method: ["GET", "DELETE"], matcher: "/admin/music/albums/:id", middlewares: [staff, rejectHostileBytes] },
  { method: ["POST"], matcher: "/admin/music/albums/:id", middlewares: [staff, rejectHostileBytes, validateAndTransformBody(AdminUpdateAlbumBody)] },

  { method: ["GET"], matcher: "/admin/music/tracks", middlewares: [staff, rejectHostileBytes, validateAndTransformQuery(AdminListTracksParams, {})] },
  { method: ["POST"], matcher: "/admin/music/tracks", middlewares: [staff, validateAndTransformBody(AdminCreateTrackBody)] },
  { method: ["GET", "DELETE"], matcher: "/admin/music/tracks/:id", middlewares: [staff, rejectHostileBytes] },
  { method: ["POST"], matcher: "/admin/music/tracks/:id", middlewares: [staff, rejectHostileBytes, validateAndTransformBody(AdminUpdateTrackBody)] },
  { method: ["POST"], matcher: "/admin/music/tracks/:id/move", middlewares: [staff, rejectHostileBytes, validateAndTransformBody(AdminMoveTrackBody)] },

  { method: ["POST"], matcher: "/admin/music/prices/preview", middlewares: [staff, validateAndTransformBody(AdminPriceChangeBody)] },
  { method: ["POST"], matcher: "/admin/music/prices/apply", middlewares: [staff, validateAndTransformBody(AdminPriceChangeBody)] },

  { method: ["GET"], matcher: "/admin/music/variants/:id", middlewares: [staff, rejectHostileBytes] },
]
