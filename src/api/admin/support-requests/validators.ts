import { z } from "@medusajs/framework/zod"
import { writtenText } from "../../utils/support-text"
import { SUPPORT_MESSAGE_MAX, SUPPORT_STATUSES } from "../../../types/store-api/support"

// `status=open,pending` or `status=open&status=pending`.
const statusList = z
  .union([z.string(), z.array(z.string())])
  .transform((v) => (Array.isArray(v) ? v : v.split(",")).map((s) => s.trim()).filter(Boolean))
  .pipe(z.array(z.enum(SUPPORT_STATUSES, { error: `status: use ${SUPPORT_STATUSES.join(", ")}` })))

export const AdminListSupportRequestsParams = z.object({
  limit: z.coerce.number().int().min(1).max(100).default(20),
  offset: z.coerce.number().int().min(0).max(1_000_000).default(0),
  status: statusList.optional(),
  // An employee's id, or "none" for requests nobody has.
  assignee_id: z.string().trim().min(1).max(100).optional(),
  customer_id: z.string().trim().min(1).max(100).optional(),
  q: z.string().trim().max(200).optional(),
})
export type AdminListSupportRequestsParamsType = z.infer<typeof AdminListSupportRequestsParams>

export const AdminUpdateSupportRequest = z
  .object({
    status: z.enum(SUPPORT_STATUSES).optional(),
    assignee_id: z.string().trim().min(1).max(100).nullable().optional(),
  })
  .refine((b) => b.status !== undefined || b.assignee_id !== undefined, { error: "status or assignee_id: give at least one" })
export type AdminUpdateSupportRequestType = z.infer<typeof AdminUpdateSupportRequest>

export const AdminCreateSupportReply = z.object({
  body: writtenText("body", SUPPORT_MESSAGE_MAX),
  // The status after this reply; `pending` (waiting for the customer) when not given.
  status: z.enum(SUPPORT_STATUSES).optional(),
})
export type AdminCreateSupportReplyType = z.infer<typeof AdminCreateSupportReply>
