import { z } from "@medusajs/framework/zod"

const ENTITIES = ["album", "track", "artist", "genre", "media_type", "prices", "product", "variant", "price_list", "order", "payment", "employee"] as const
const ACTIONS = ["create", "update", "delete", "publish", "unpublish", "price_change", "refund", "capture", "cancel", "return", "claim", "exchange", "order_edit"] as const
const id = (field: string) =>
  z
    .string()
    .trim()
    .min(1, { error: `${field}: must not be empty` })
    .max(200, { error: `${field}: use at most 200 characters` })
    .regex(/^[\w.@+:,=-]+$/, { error: `${field}: use letters, digits and _ . @ + : , = - only` })
const when = (field: string) =>
  z
    .union([z.iso.date(), z.iso.datetime({ offset: true })], { error: `${field}: use a date such as 2026-11-28 or an ISO date-time` })
    .optional()

export const AdminListAuditLogParams = z
  .object({
    entity: z.enum(ENTITIES, { error: `entity: one of ${ENTITIES.join(", ")}` }).optional(),
    action: z.enum(ACTIONS, { error: `action: one of ${ACTIONS.join(", ")}` }).optional(),
    entity_id: id("entity_id").optional(),
    /** The staff user's id. */
    actor_id: id("actor_id").optional(),
    /** From this date or moment on (a date alone: from its start, UTC). */
    from: when("from"),
    /** Up to this date or moment (a date alone: to its end, UTC). */
    to: when("to"),
    limit: z.coerce.number({ error: "limit: a whole number from 1 to 200" }).int().min(1).max(200).default(50),
    offset: z.coerce.number({ error: "offset: a whole number, 0 or more" }).int().min(0).max(1_000_000).default(0),
  })
  .strict()
export type AdminListAuditLogParamsType = z.infer<typeof AdminListAuditLogParams>

export { ENTITIES as AUDIT_ENTITIES, ACTIONS as AUDIT_ACTIONS }
