import { createWorkflow, transform, when, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { sendNotificationsStep } from "@medusajs/medusa/core-flows"
import { adminUrl, staffInviteUrl } from "../../lib/email-links"
import { emailTemplateId } from "../../lib/email-templates"
import { readInviteStep } from "./steps/read-invite"

/**
 * Mails a staff invite's accept link (the admin's /invite page with the
 * token), for invites made from the Employees page or Medusa's own
 * settings. A resent invite has a new token and expiry, hence a new email;
 * the same token is mailed once.
 */
export const sendStaffInviteEmailWorkflow = createWorkflow("send-staff-invite-email", (input: { id: string }) => {
  const invite = readInviteStep(input)
  const notifications = transform({ invite }, ({ invite }) =>
    invite
      ? [
          {
            to: invite.email,
            channel: "email",
            template: emailTemplateId("staff-invite"),
            trigger_type: "invite.created",
            resource_id: invite.id,
            resource_type: "invite",
            idempotency_key: `staff-invite:${invite.id}:${new Date(invite.expires_at).getTime()}`,
            data: {
              email: invite.email,
              name: invite.employee_name,
              url: staffInviteUrl(invite.token),
              admin_url: adminUrl(),
              expires_at: invite.expires_at,
            },
          },
        ]
      : []
  )
  when("invite-email-to-send", { notifications }, ({ notifications }) => notifications.length > 0).then(() => {
    sendNotificationsStep(notifications)
  })
  return new WorkflowResponse(notifications)
})
