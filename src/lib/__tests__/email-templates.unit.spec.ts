import { emailTemplateId, MissingEmailTemplateError } from "../email-templates"
import { ConfigError, providerEnv } from "../provider-env"

describe("email templates", () => {
  it("uses our template names with the local provider", () => {
    expect(emailTemplateId("password-reset", {})).toBe("password-reset")
    expect(emailTemplateId("order-confirmation", {})).toBe("order-confirmation")
  })

  it("uses SendGrid's template ids from the environment when SendGrid is on", () => {
    const env = {
      SENDGRID_API_KEY: "SG.key",
      SENDGRID_FROM: "shop@example.com",
      SENDGRID_TEMPLATE_PASSWORD_RESET: "d-reset",
      SENDGRID_TEMPLATE_ORDER_CONFIRMATION: "d-order",
      SENDGRID_TEMPLATE_LIBRARY_DOWNLOADS: "d-downloads",
      SENDGRID_TEMPLATE_SUPPORT_REPLY: "d-support",
      SENDGRID_TEMPLATE_SUPPORT_REQUEST_ASSIGNED: "d-support-assigned",
      SENDGRID_TEMPLATE_STAFF_INVITE: "d-invite",
    }
    expect(providerEnv(env).sendgrid).toEqual({ apiKey: "SG.key", from: "shop@example.com" })
    expect(emailTemplateId("password-reset", env)).toBe("d-reset")
    expect(emailTemplateId("order-confirmation", env)).toBe("d-order")
    expect(emailTemplateId("library-downloads", env)).toBe("d-downloads")
    expect(emailTemplateId("support-reply", env)).toBe("d-support")
    expect(emailTemplateId("support-request-assigned", env)).toBe("d-support-assigned")
    expect(emailTemplateId("staff-invite", env)).toBe("d-invite")
    expect(() => emailTemplateId("order-confirmation", { ...env, SENDGRID_TEMPLATE_ORDER_CONFIRMATION: " " })).toThrow(
      MissingEmailTemplateError
    )
  })

  it("refuses to start SendGrid without a template per email, naming the variables", () => {
    const start = () => providerEnv({ SENDGRID_API_KEY: "SG.key", SENDGRID_FROM: "shop@example.com" })
    expect(start).toThrow(ConfigError)
    expect(start).toThrow(/SENDGRID_TEMPLATE_PASSWORD_RESET, SENDGRID_TEMPLATE_ORDER_CONFIRMATION, SENDGRID_TEMPLATE_LIBRARY_DOWNLOADS, SENDGRID_TEMPLATE_SUPPORT_REPLY, SENDGRID_TEMPLATE_SUPPORT_REQUEST_ASSIGNED, SENDGRID_TEMPLATE_STAFF_INVITE must be set/)
  })
})
