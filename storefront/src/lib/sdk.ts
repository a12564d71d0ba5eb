import "server-only"
import Medusa from "@medusajs/js-sdk"
import { requireStoreConfig } from "./config"

let client: { key: string; sdk: Medusa } | undefined

/**
 * The Medusa JS SDK client for the Store API, built from the environment at
 * request time and reused while the backend URL and key stay the same.
 */
export function getSdk(): Medusa {
  const { backendUrl, publishableKey } = requireStoreConfig()
  const key = `${backendUrl}\n${publishableKey}`
  if (client?.key !== key) {
    client = {
      key,
      sdk: new Medusa({
        baseUrl: backendUrl,
        publishableKey,
        debug: process.env.NODE_ENV === "development",
      }),
    }
  }
  return client.sdk
}
