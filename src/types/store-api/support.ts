/*
 * The shapes the support-request routes answer with, for the backend that
 * builds them, the admin pages and the storefront that read them. This file
 * must stay free of imports: the storefront (a separate project) reads it by
 * relative path, type-only, so nothing here may need the backend's packages.
 */

export const SUPPORT_STATUSES = ["open", "pending", "resolved"] as const
export type SupportStatus = (typeof SUPPORT_STATUSES)[number]

/** The longest subject and message (or reply) a request takes. */
export const SUPPORT_SUBJECT_MAX = 200
export const SUPPORT_MESSAGE_MAX = 5000

export type SupportAuthor = "staff" | "customer"

export type SupportReplyView = {
  id: string
  author_type: SupportAuthor
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
  last_author: SupportAuthor
  created_at: string
  last_message_at: string
}

export type SupportRequestView = SupportRequestSummary & { message: string; replies: SupportReplyView[] }

/** The admin routes add the customer to a request and the author's id to a reply. */
export type AdminSupportReplyView = SupportReplyView & { author_id: string }

export type AdminSupportRequestSummary = SupportRequestSummary & {
  customer: { id: string; email: string | null; first_name: string | null; last_name: string | null } | null
}
export type AdminSupportRequestView = AdminSupportRequestSummary & {
  message: string
  replies: AdminSupportReplyView[]
}
