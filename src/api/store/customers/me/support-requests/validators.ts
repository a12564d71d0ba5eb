import { z } from "@medusajs/framework/zod"
import { SUPPORT_MESSAGE_MAX, SUPPORT_STATUSES, SUPPORT_SUBJECT_MAX } from "../../../../../types/store-api/support"
import { writtenText } from "../../../../utils/support-text"

export { SUPPORT_STATUSES }

export const StoreCreateSupportRequest = z.object({
  subject: writtenText("subject", SUPPORT_SUBJECT_MAX),
  message: writtenText("message", SUPPORT_MESSAGE_MAX),
  order_id: z.string().trim().min(1).max(100).nullish(),
})
export type StoreCreateSupportRequestType = z.infer<typeof StoreCreateSupportRequest>

export const StoreCreateSupportReply = z.object({
  body: writtenText("body", SUPPORT_MESSAGE_MAX),
})
export type StoreCreateSupportReplyType = z.infer<typeof StoreCreateSupportReply>

export const StoreListSupportRequestsParams = z.object({
  limit: z.coerce.number().int().min(1).max(100).default(20),
  offset: z.coerce.number().int().min(0).max(1_000_000).default(0),
  status: z.enum(SUPPORT_STATUSES).optional(),
})
export type StoreListSupportRequestsParamsType = z.infer<typeof StoreListSupportRequestsParams>
