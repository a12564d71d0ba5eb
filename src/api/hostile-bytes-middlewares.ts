import type { MiddlewareRoute } from "@medusajs/framework/http"
import { rejectHostileBytes } from "./utils/clean-text"

/*
 * Every route under /admin, /store and /downloads (ours, Medusa's, and any
 * added later) refuses NUL bytes and text that is not UTF-8 in its path or
 * query string with a 400, before PostgreSQL sees it and answers a 500. The
 * fuzz test found routes whose own middlewares had forgotten it.
 */
export const hostileBytesMiddlewares: MiddlewareRoute[] = [
  { matcher: "/admin/*", middlewares: [rejectHostileBytes] },
  { matcher: "/store/*", middlewares: [rejectHostileBytes] },
  { matcher: "/downloads/*", middlewares: [rejectHostileBytes] },
]
