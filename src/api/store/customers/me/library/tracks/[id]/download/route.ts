import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { trackUrl, type DownloadFormat } from "../../../../../../../../lib/downloads/issue-url"

/**
 * POST /store/customers/me/library/tracks/:id/download `{ format? }`:
 * `{ url, expires_at, format }`, a signed URL (DOWNLOAD_URL_TTL, 15 minutes
 * by default) that downloads the track for this customer: its master
 * (`original`, the default) or an MP3 320 kbps (`mp3`) or AAC (`aac`) copy
 * made from it. `format` may also be in the query string. 404 for an unknown
 * track, 403 for one not owned, 400 naming `format` for another value.
 */
export async function POST(
  req: AuthenticatedMedusaRequest<{ format?: DownloadFormat }, { format?: DownloadFormat }>,
  res: MedusaResponse
) {
  res.setHeader("Cache-Control", "no-store")
  const format = req.validatedBody?.format ?? (req.validatedQuery as { format?: DownloadFormat })?.format ?? "original"
  res.json(await trackUrl(req, "download", format))
}
