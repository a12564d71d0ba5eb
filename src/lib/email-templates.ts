/**
 * The emails the store sends, by our template name. With the local provider
 * the name itself is logged; SendGrid needs the id of a dynamic template made
 * in its dashboard, read from the variable named here.
 */
export const EMAIL_TEMPLATES = {
  "password-reset": "SENDGRID_TEMPLATE_PASSWORD_RESET",
  "order-confirmation": "SENDGRID_TEMPLATE_ORDER_CONFIRMATION",
} as const

export type EmailTemplate = keyof typeof EMAIL_TEMPLATES

export class MissingEmailTemplateError extends Error {}

/** What to pass as the notification's `template`. */
export function emailTemplateId(name: EmailTemplate, env: Record<string, string | undefined> = process.env): string {
  if (!env.SENDGRID_API_KEY) {
    return name
  }
  const id = env[EMAIL_TEMPLATES[name]]?.trim()
  if (!id) {
    // SendGrid would reject the name with an opaque 400 on every send.
    throw new MissingEmailTemplateError(
      `SendGrid is configured but ${EMAIL_TEMPLATES[name]} is not set: the "${name}" email cannot be sent.`
    )
  }
  return id
}
