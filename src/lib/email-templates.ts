import { SENDGRID_TEMPLATE_VARS } from "./provider-env"

/**
 * The emails the store sends, by our template name. With the local provider
 * the name itself is logged; SendGrid needs the id of a dynamic template made
 * in its dashboard, read from the variable that provider-env.ts requires
 * whenever SendGrid is configured.
 */
export type EmailTemplate = keyof typeof SENDGRID_TEMPLATE_VARS

export class MissingEmailTemplateError extends Error {}

/** What to pass as the notification's `template`. */
export function emailTemplateId(name: EmailTemplate, env: Record<string, string | undefined> = process.env): string {
  if (!env.SENDGRID_API_KEY) {
    return name
  }
  const id = env[SENDGRID_TEMPLATE_VARS[name]]?.trim()
  if (!id) {
    // Only reachable when the environment changed after start: SendGrid would
    // reject the bare name with an opaque 400 on every send.
    throw new MissingEmailTemplateError(
      `SendGrid is configured but ${SENDGRID_TEMPLATE_VARS[name]} is not set: the "${name}" email cannot be sent.`
    )
  }
  return id
}
