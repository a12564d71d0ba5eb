/** Support requests as the storefront shows them (the backend's /store/customers/me/support-requests). */

// The shapes come from the backend's own file, type-only: Next's bundler keeps
// to this folder (turbopack root), and a type import never reaches it.
import type { SupportStatus } from "../../../../src/types/store-api/support"
export type {
  SupportReplyView as SupportReply,
  SupportRequestSummary,
  SupportRequestView as SupportRequest,
  SupportStatus,
} from "../../../../src/types/store-api/support"

/** The same limits the backend enforces (SUPPORT_SUBJECT_MAX, SUPPORT_MESSAGE_MAX there); values cannot cross into this project. */
export const SUBJECT_MAX = 200
export const MESSAGE_MAX = 5000

/** What each status means to the customer. */
export const STATUS_TEXT: Record<SupportStatus, string> = {
  open: "Open",
  pending: "Answered",
  resolved: "Resolved",
}

export function checkSubject(subject: string): string | undefined {
  if (!subject) return "Enter a subject."
  if (subject.length > SUBJECT_MAX) return `Keep the subject to ${SUBJECT_MAX} characters (it has ${subject.length}).`
}

export function checkMessage(message: string, what = "message"): string | undefined {
  if (!message) return `Write your ${what}.`
  if (message.length > MESSAGE_MAX) return `Keep your ${what} to ${MESSAGE_MAX} characters (it has ${message.length}).`
}
