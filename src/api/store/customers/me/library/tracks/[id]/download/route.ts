import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { trackUrl } from "../../../../../../../../lib/downloads/issue-url"

/**
 * POST /store/customers/me/library/tracks/:id/download: `{ url, expires_at }`,
 * a signed URL (DOWNLOAD_URL_TTL, 15 minutes by default) that downloads the
 * track for this customer. 404 for an unknown track, 403 for one not owned.
 */
export async function POST(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  res.setHeader("Cache-Control", "no-store")
  res.json(await trackUrl(req, "download"))
}
