/**
 * Reads the provider variables once, so medusa-config and the start script
 * agree on which providers are on, and a half-set group of variables fails
 * with the names of the missing ones instead of a provider's stack trace.
 */
export class ConfigError extends Error {}

type Env = Record<string, string | undefined>

/**
 * The SendGrid dynamic template for each email the store sends (src/lib/email-templates.ts).
 * Kept here, import-free, because the start script loads this file on its own.
 */
export const SENDGRID_TEMPLATE_VARS = {
  "password-reset": "SENDGRID_TEMPLATE_PASSWORD_RESET",
  "order-confirmation": "SENDGRID_TEMPLATE_ORDER_CONFIRMATION",
  "library-downloads": "SENDGRID_TEMPLATE_LIBRARY_DOWNLOADS",
  "support-reply": "SENDGRID_TEMPLATE_SUPPORT_REPLY",
  "support-request-assigned": "SENDGRID_TEMPLATE_SUPPORT_REQUEST_ASSIGNED",
  "staff-invite": "SENDGRID_TEMPLATE_STAFF_INVITE",
} as const

function group(env: Env, names: string[], optional: string[] = []) {
  const set = names.filter((n) => env[n])
  if (!set.length && !optional.some((n) => env[n])) {
    return undefined
  }
  const missing = names.filter((n) => !env[n])
  if (missing.length) {
    throw new ConfigError(
      `${missing.join(", ")} must be set together with ${[...set, ...optional.filter((n) => env[n])].join(", ")} (or unset them all).`
    )
  }
  return true
}

export function providerEnv(env: Env) {
  const redisUrl = env.REDIS_URL || undefined
  if (redisUrl && !/^rediss?:\/\//.test(redisUrl)) {
    throw new ConfigError(`REDIS_URL must look like redis://host:6379, got "${redisUrl}".`)
  }

  const stripe = env.STRIPE_API_KEY
    ? { apiKey: env.STRIPE_API_KEY, webhookSecret: env.STRIPE_WEBHOOK_SECRET }
    : undefined
  if (!stripe && env.STRIPE_WEBHOOK_SECRET) {
    throw new ConfigError("STRIPE_WEBHOOK_SECRET is set but STRIPE_API_KEY is not.")
  }

  const s3 = group(
    env,
    ["S3_BUCKET", "S3_REGION", "S3_ACCESS_KEY_ID", "S3_SECRET_ACCESS_KEY", "S3_FILE_URL"],
    ["S3_ENDPOINT"]
  )
    ? {
        bucket: env.S3_BUCKET!,
        region: env.S3_REGION!,
        accessKeyId: env.S3_ACCESS_KEY_ID!,
        secretAccessKey: env.S3_SECRET_ACCESS_KEY!,
        fileUrl: env.S3_FILE_URL!,
        endpoint: env.S3_ENDPOINT || undefined,
      }
    : undefined

  // SendGrid sends only dynamic templates: one id per email the store sends.
  const sendgrid = group(env, ["SENDGRID_API_KEY", "SENDGRID_FROM", ...Object.values(SENDGRID_TEMPLATE_VARS)])
    ? { apiKey: env.SENDGRID_API_KEY!, from: env.SENDGRID_FROM! }
    : undefined

  return { redisUrl, stripe, s3, sendgrid }
}
