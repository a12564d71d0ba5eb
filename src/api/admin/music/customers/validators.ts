import { z } from "@medusajs/framework/zod"

export const AdminCustomerMusicParams = z.object({
  // A page of the customer's library (albums, most recently bought first).
  limit: z.coerce.number().int().min(1).max(50).default(10),
  offset: z.coerce.number().int().min(0).max(1_000_000).default(0),
})
export type AdminCustomerMusicParamsType = z.infer<typeof AdminCustomerMusicParams>

export const AdminSetSupportRep = z.object({
  // An employee's id; null leaves the customer without a rep.
  employee_id: z.string({ error: "employee_id: give an employee's id, or null" }).trim().min(1).max(100).nullable(),
})
export type AdminSetSupportRepType = z.infer<typeof AdminSetSupportRep>
