import type { MedusaContainer } from "@medusajs/framework/types"
import { Modules } from "@medusajs/framework/utils"
import { recordAuditEntryWorkflow } from "../../workflows/staff/record-audit-entry"
import type { AuditEntryInput } from "../../workflows/staff/steps/record-audit-entry"

/*
 * The staff audit trail: what a staff change looks like once written down.
 * Records are compared field by field on what the admin pages show of them
 * (the route's own answer after the change, a read of the same shape
 * before), so the summary says what a person would see change.
 */

export type Snapshot = Record<string, unknown>

/** Bookkeeping fields every record has; their change tells nothing. */
const IGNORED = new Set(["updated_at", "created_at", "deleted_at", "deletable", "delete_refusal", "sold"])

/** A record reduced to comparable values: prices as their amount, linked records as their id, lists left out. */
export function flatten(record: Snapshot | null | undefined): Snapshot {
  const out: Snapshot = {}
  for (const [key, value] of Object.entries(record ?? {})) {
    if (IGNORED.has(key) || Array.isArray(value)) continue
    if (value && typeof value === "object" && !(value instanceof Date)) {
      const v = value as Record<string, unknown>
      if ("amount" in v) out[key] = v.amount
      else if ("id" in v) out[`${key}_id`] = v.id
      continue
    }
    out[key] = value instanceof Date ? value.toISOString() : value
  }
  return out
}

/** The fields whose values differ, with both values. */
export function changedFields(before: Snapshot | null, after: Snapshot | null) {
  const b = flatten(before)
  const a = flatten(after)
  // An edit compares what both reads show: a route may answer with more than was read before.
  const both = before && after ? Object.keys(b).filter((k) => k in a) : [...new Set([...Object.keys(b), ...Object.keys(a)])]
  const keys = both.filter(
    (k) => JSON.stringify(b[k] ?? null) !== JSON.stringify(a[k] ?? null)
  )
  return {
    keys,
    before: Object.fromEntries(keys.map((k) => [k, b[k] ?? null])),
    after: Object.fromEntries(keys.map((k) => [k, a[k] ?? null])),
  }
}

const shown = (v: unknown) => (v === null || v === undefined ? "none" : typeof v === "string" ? `"${short(v)}"` : String(v))
const short = (s: string, max = 60) => (s.length > max ? `${s.slice(0, max - 1)}…` : s)

/** "price: 0.99 → 1.29; published: true → false" */
export function describeChanges(diff: ReturnType<typeof changedFields>) {
  return diff.keys.map((k) => `${k}: ${shown(diff.before[k])} → ${shown(diff.after[k])}`).join("; ")
}

/** What a record is called in a summary: its title, name or full name. */
export function labelOf(record: Snapshot | null | undefined, fallback: string) {
  const r = record ?? {}
  // A person's title is their job, not their name.
  const person = [r.first_name, r.last_name].filter(Boolean).join(" ") || undefined
  const name = person ?? r.title ?? r.name ?? r.email
  return typeof name === "string" && name ? `"${short(name)}"` : fallback
}

/** Who acts: the staff user's id, and their email as it is now (kept in the entry). */
export async function actorOf(scope: MedusaContainer, auth: { actor_id?: string; actor_type?: string } | undefined) {
  const actor_id = auth?.actor_id || "unknown"
  let actor_email: string | null = null
  if (auth?.actor_type === "user" && auth.actor_id) {
    const user = await scope
      .resolve(Modules.USER)
      .retrieveUser(auth.actor_id, { select: ["id", "email"] })
      .catch(() => undefined)
    actor_email = user?.email ?? null
  } else if (auth?.actor_type === "api-key") {
    actor_email = null
  }
  return { actor_id, actor_email }
}

export async function recordAuditEntry(scope: MedusaContainer, entry: AuditEntryInput) {
  const { result } = await recordAuditEntryWorkflow(scope).run({ input: entry })
  return result
}
