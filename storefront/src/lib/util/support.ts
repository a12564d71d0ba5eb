/** Support requests as the storefront shows them (the backend's /store/customers/me/support-requests). */

export type SupportStatus = "open" | "pending" | "resolved"

export type SupportReply = {
  id: string
  author_type: "staff" | "customer"
  author_name: string | null
  body: string
  created_at: string
}

export type SupportRequestSummary = {
  id: string
  number: number
  subject: string
  status: SupportStatus
  order: { id: string; display_id: number | null } | null
  assignee: { id: string; name: string } | null
  reply_count: number
  last_author: "staff" | "customer"
  created_at: string
  last_message_at: string
}

export type SupportRequest = SupportRequestSummary & { message: string; replies: SupportReply[] }

/** The same limits the backend enforces. */
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
