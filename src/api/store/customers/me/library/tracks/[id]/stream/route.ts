import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { trackUrl } from "../../../../../../../../lib/downloads/issue-url"

/**
 * POST /store/customers/me/library/tracks/:id/stream: `{ url, expires_at }`,
 * a signed URL for an <audio> element (which cannot send a bearer token):
 * the full track, inline, with Range for seeking. Non-owners get 403 and
 * play GET /store/music/tracks/:id/preview instead.
 */
export async function POST(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  res.setHeader("Cache-Control", "no-store")
  res.json(await trackUrl(req, "stream"))
}
