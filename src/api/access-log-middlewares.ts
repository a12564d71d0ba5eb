import type { MedusaNextFunction, MedusaRequest, MedusaResponse, MiddlewareRoute } from "@medusajs/framework/http"
import { redactUrl } from "../lib/observability/tracing"

/*
 * Medusa's access log (morgan: a JSON line per request in production, a text
 * line in development) writes `req.originalUrl` when the response ends. A
 * signed download link or a playlist share link is a credential in the path,
 * and a reset or OAuth token may travel in a query string: left alone they
 * would sit in every log store the lines are shipped to, usable by anyone
 * who can read the logs until they expire (share links never do).
 *
 * Routing and the handlers read `req.url` and `req.params`, which are left as
 * they are; only the URL the log (and the trace's route label) names is
 * blanked, with the same rule the trace exporter applies.
 */

/** Routes whose `:token` path segment is a credential. */
export const CREDENTIAL_ROUTES = [
  "/downloads/:token",
  "/store/playlists/shared/:token",
  "/store/playlists/shared/:token/copy",
] as const

export function redactPathFor(route: string) {
  return function keepCredentialOutOfAccessLog(req: MedusaRequest, _res: MedusaResponse, next: MedusaNextFunction) {
    if (req.originalUrl) req.originalUrl = redactUrl(req.originalUrl, route)
    next()
  }
}

export function redactQuerySecrets(req: MedusaRequest, _res: MedusaResponse, next: MedusaNextFunction) {
  if (req.originalUrl?.includes("?")) req.originalUrl = redactUrl(req.originalUrl)
  next()
}

export const accessLogMiddlewares: MiddlewareRoute[] = [
  ...CREDENTIAL_ROUTES.map((route) => ({ matcher: route, middlewares: [redactPathFor(route)] })),
  ...["/admin/*", "/store/*", "/auth/*", "/downloads/*", "/hooks/*"].map((matcher) => ({
    matcher,
    middlewares: [redactQuerySecrets],
  })),
]
