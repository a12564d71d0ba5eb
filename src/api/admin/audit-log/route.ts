import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import type { AdminListAuditLogParamsType } from "./validators"

const FIELDS = ["id", "created_at", "actor_id", "actor_email", "action", "entity", "entity_id", "summary", "changes"]

/** A date alone means its whole day (UTC): `to=2026-11-28` includes that day. */
function bound(value: string | undefined, end: boolean) {
  if (!value) return undefined
  if (value.length === 10) return new Date(`${value}T${end ? "23:59:59.999" : "00:00:00.000"}Z`)
  return new Date(value)
}

/**
 * GET /admin/audit-log?entity=&action=&entity_id=&actor_id=&from=&to=&limit=&offset=:
 * the staff changes, newest first, each with who made it (staff user id and
 * email), when, and what (entity, id, summary, the values before and after).
 */
export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const { entity, action, entity_id, actor_id, from, to, limit, offset } = req.validatedQuery as AdminListAuditLogParamsType
  const created_at: Record<string, Date> = {}
  const since = bound(from, false)
  const until = bound(to, true)
  if (since) created_at.$gte = since
  if (until) created_at.$lte = until
  const filters: Record<string, unknown> = {}
  if (entity) filters.entity = entity
  if (action) filters.action = action
  if (entity_id) filters.entity_id = entity_id
  if (actor_id) filters.actor_id = actor_id
  if (since || until) filters.created_at = created_at

  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const { data, metadata } = await query.graph({
    entity: "audit_entry",
    fields: FIELDS,
    filters,
    pagination: { skip: offset, take: limit, order: { created_at: "DESC", id: "DESC" } },
  })
  res.json({ audit_entries: data, count: metadata?.count ?? data.length, limit, offset })
}
