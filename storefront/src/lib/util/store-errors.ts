import { FetchError } from "@medusajs/js-sdk"
import { SOMETHING_WENT_WRONG } from "./auth-errors"

/**
 * The backend's message when it refuses a cart change for a reason written
 * for customers (our cart rules answer 400 "invalid_data": "You already own
 * …", "… is already in your cart …"); anything else in plain words, never raw
 * server text.
 */
export function cartMessage(e: unknown): string {
  if (e instanceof FetchError) {
    if (e.status === 400 && e.message && !/^invalid request/i.test(e.message)) return e.message
    if (e.status === 401) return "Your session has ended. Sign in again to continue."
    if (e.status === 404) return "That item is no longer for sale."
    if (e.status === 429) return "Too many requests just now. Wait a moment and try again."
  }
  return SOMETHING_WENT_WRONG
}
