import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { emailedUrlTtlSeconds } from "../../../../../../lib/downloads/emailed-urls"
import { sendLibraryDownloadsEmailWorkflow } from "../../../../../../workflows/emails/send-library-downloads-email"

// Read once when the routes load: a bad DOWNLOAD_EMAIL_URL_TTL stops the start
// (naming the variable) instead of failing each email.
emailedUrlTtlSeconds()

/**
 * POST /admin/music/customers/:id/resend-downloads: emails the customer a
 * fresh signed download link for each album they own (a ZIP of their tracks
 * of it). 400 when they own nothing.
 */
export async function POST(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const { result } = await sendLibraryDownloadsEmailWorkflow(req.scope).run({
    input: { customer_id: req.params.id, requested_by: req.auth_context.actor_id },
  })
  res.status(201).json({ sent: result })
}
