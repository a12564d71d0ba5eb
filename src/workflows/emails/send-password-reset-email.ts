import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { sendNotificationsStep } from "@medusajs/medusa/core-flows"
import { customerPasswordResetUrl, staffPasswordResetUrl } from "../../lib/email-links"
import { emailTemplateId } from "../../lib/email-templates"

export type SendPasswordResetEmailInput = {
  /** The emailpass identifier: the address the reset was asked for. */
  email: string
  actor_type: string
  token: string
}

/**
 * Mails a reset link: customers to the storefront's page, staff to the
 * admin's. The token is single-use and expires in 15 minutes (Medusa's
 * generateResetPasswordTokenWorkflow), so a repeated event sends a link that
 * at worst no longer works; no idempotency key is needed.
 */
export const sendPasswordResetEmailWorkflow = createWorkflow(
  "send-password-reset-email",
  (input: SendPasswordResetEmailInput) => {
    const notifications = transform({ input }, ({ input }) => {
      const staff = input.actor_type === "user"
      const url = staff
        ? staffPasswordResetUrl(input.email, input.token)
        : customerPasswordResetUrl(input.email, input.token)
      return [
        {
          to: input.email,
          channel: "email",
          template: emailTemplateId("password-reset"),
          trigger_type: "auth.password_reset",
          resource_type: input.actor_type,
          data: {
            email: input.email,
            url,
            expires_in_minutes: 15,
            audience: staff ? "staff" : "customer",
          },
        },
      ]
    })
    const sent = sendNotificationsStep(notifications)
    return new WorkflowResponse(sent)
  }
)
