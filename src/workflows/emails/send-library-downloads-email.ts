import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { sendNotificationsStep } from "@medusajs/medusa/core-flows"
import { libraryUrl } from "../../lib/email-links"
import { emailTemplateId } from "../../lib/email-templates"
import { collectLibraryDownloadsStep } from "./steps/collect-library-downloads"

export type SendLibraryDownloadsEmailInput = {
  customer_id: string
  /** The staff user who asked for it, kept on the notification. */
  requested_by?: string | null
}

/**
 * Mails a customer fresh download links for everything they own: one signed
 * link per album (a ZIP of their tracks of it, valid DOWNLOAD_EMAIL_URL_TTL),
 * and the library's address. Staff send it again on request, so it has no
 * idempotency key: each call is a new email with new links.
 */
export const sendLibraryDownloadsEmailWorkflow = createWorkflow(
  "send-library-downloads-email",
  (input: SendLibraryDownloadsEmailInput) => {
    const library = collectLibraryDownloadsStep({ customer_id: input.customer_id })
    const notifications = transform({ library, input }, ({ library, input }) => [
      {
        to: library.to,
        channel: "email",
        template: emailTemplateId("library-downloads"),
        trigger_type: "library.downloads_resent",
        resource_id: input.customer_id,
        resource_type: "customer",
        receiver_id: input.customer_id,
        data: {
          customer_name: library.customer_name,
          albums: library.albums,
          album_count: library.albums.length,
          track_count: library.track_count,
          links_expire_at: library.expires_at,
          library_url: libraryUrl(),
          requested_by: input.requested_by ?? null,
        },
      },
    ])
    const sent = sendNotificationsStep(notifications)
    const result = transform({ sent, library }, ({ sent, library }) => ({
      notification_id: (sent as any[])?.[0]?.id ?? null,
      to: library.to,
      albums: library.albums.length,
      tracks: library.track_count,
      links_expire_at: library.expires_at,
    }))
    return new WorkflowResponse(result)
  }
)
