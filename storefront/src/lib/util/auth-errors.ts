import { FetchError } from "@medusajs/js-sdk"

/** The backend's own words, lower-cased, for matching. */
function messageOf(e: unknown): string {
  return e instanceof Error ? e.message.toLowerCase() : ""
}

export function statusOf(e: unknown): number | undefined {
  return e instanceof FetchError ? e.status : undefined
}

export const SOMETHING_WENT_WRONG =
  "Something went wrong on our side and nothing was changed. Please try again in a moment."

/**
 * A sentence a customer can act on, for what the Store or Auth API answered.
 * Unknown failures (500s, a backend that is down) never show their raw text.
 */
export function customerMessage(e: unknown, context: "login" | "register" | "reset" | "profile"): string {
  const status = statusOf(e)
  const msg = messageOf(e)
  if (status === 401 && context === "login") {
    return "That email and password don't match an account. Check them and try again, or reset your password."
  }
  if (msg.includes("already exists")) {
    return "An account with this email already exists. Sign in instead, or reset your password if you forgot it."
  }
  if (status === 401 && context === "reset") {
    return "This reset link has expired or was already used."
  }
  if (status === 401 && context === "profile") {
    return "Your session has ended. Sign in again to save your changes."
  }
  if (status === 400 && msg.startsWith("password:")) {
    return `Password: ${msg.slice("password:".length).trim()}`
  }
  if (status === 400 && msg.startsWith("email:")) {
    return "Enter a valid email address, like name@example.com."
  }
  if (status === 429) {
    // The backend's limits say how long to wait ("try again in 15 minutes").
    const wait = e instanceof Error ? /try again in [^.;]+/i.exec(e.message)?.[0] : undefined
    return wait ? `Too many attempts; ${wait}.` : "Too many attempts. Wait a minute and try again."
  }
  return SOMETHING_WENT_WRONG
}
