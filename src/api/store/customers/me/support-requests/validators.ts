import { z } from "@medusajs/framework/zod"
import { writtenText } from "../../../../utils/support-text"

export const SUPPORT_STATUSES = ["open", "pending", "resolved"] as const

export const StoreCreateSupportRequest = z.object({
  subject: writtenText("subject", 200),
  message: writtenText("message", 5000),
  order_id: z.string().trim().min(1).max(100).nullish(),
})
export type StoreCreateSupportRequestType = z.infer<typeof StoreCreateSupportRequest>

export const StoreCreateSupportReply = z.object({
  body: writtenText("body", 5000),
})
export type StoreCreateSupportReplyType = z.infer<typeof StoreCreateSupportReply>

export const StoreListSupportRequestsParams = z.object({
  limit: z.coerce.number().int().min(1).max(100).default(20),
  offset: z.coerce.number().int().min(0).max(1_000_000).default(0),
  status: z.enum(SUPPORT_STATUSES).optional(),
})
export type StoreListSupportRequestsParamsType = z.infer<typeof StoreListSupportRequestsParams>
