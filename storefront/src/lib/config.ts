import "server-only"

export type StoreConfig = {
  backendUrl: string
  publishableKey: string
  regionId?: string
}

/**
 * The storefront's settings, read from the server's environment on every
 * call (never inlined at build time, so one build runs against any backend).
 * Returns null when MEDUSA_PUBLISHABLE_KEY is missing.
 */
export function readStoreConfig(): StoreConfig | null {
  const env = process.env
  const publishableKey = env.MEDUSA_PUBLISHABLE_KEY?.trim()
  if (!publishableKey) {
    return null
  }
  return {
    backendUrl: (env.MEDUSA_BACKEND_URL?.trim() || "http://localhost:9000").replace(/\/+$/, ""),
    publishableKey,
    regionId: env.MEDUSA_REGION_ID?.trim() || undefined,
  }
}

/** Thrown by the data layer when the storefront has no publishable key. */
export class MissingConfigError extends Error {
  constructor() {
    super("MEDUSA_PUBLISHABLE_KEY is not set")
    this.name = "MissingConfigError"
  }
}

export function requireStoreConfig(): StoreConfig {
  const config = readStoreConfig()
  if (!config) {
    throw new MissingConfigError()
  }
  return config
}
