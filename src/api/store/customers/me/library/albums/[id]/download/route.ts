import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { albumUrl } from "../../../../../../../../lib/downloads/issue-url"

/**
 * POST /store/customers/me/library/albums/:id/download: `{ url, expires_at,
 * track_ids }`, a signed URL of a ZIP of the album's tracks this customer
 * owns (checked again when it is fetched), streamed as it is built.
 */
export async function POST(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  res.setHeader("Cache-Control", "no-store")
  res.json(await albumUrl(req))
}
