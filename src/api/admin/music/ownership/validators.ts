import { z } from "@medusajs/framework/zod"

export const AdminGetPendingOwnershipParams = z.object({
  days: z.coerce.number().int().min(1).max(90).default(7),
  // Orders younger than this are probably being recorded right now.
  settle_seconds: z.coerce.number().int().min(0).max(3600).default(0),
})
export type AdminGetPendingOwnershipParamsType = z.infer<typeof AdminGetPendingOwnershipParams>
