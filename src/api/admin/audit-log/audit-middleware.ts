import type { MedusaNextFunction, MedusaRequest, MedusaResponse, MiddlewareRoute } from "@medusajs/framework/http"
import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { actorOf, changedFields, describeChanges, labelOf, recordAuditEntry, type Snapshot } from "../../../lib/staff/audit-trail"

/*
 * How a staff request becomes entries of the audit trail. They are recorded
 * around the routes rather than inside each workflow, so Medusa's own admin
 * routes (products, prices, price lists, orders, payments) are covered the
 * same way as ours, and the entry knows the staff member (the request's
 * login), which Medusa's events do not carry: `payment.refunded` says which
 * payment, not who refunded it.
 *
 * The record is read before the route runs; the route's answer is held until
 * the entries are written, so a staff member who saw "saved" finds them in
 * the log. An entry that cannot be written is logged as an error: the change
 * itself has happened and is not reported as failed. A refused request
 * (4xx) leaves no entry.
 */

export type Loader = (scope: MedusaContainer, id: string) => Promise<Snapshot | null>

export type Entry = { action: string; summary: string; changes: { before: unknown; after: unknown } | null }
/** An entry with what it is about: rules that touch several records write one each. */
export type FullEntry = Entry & { entity: string; entity_id: string }

export type AuditRule = {
  method: "POST" | "DELETE"
  matcher: string
  entity: string
  /** The path parameter that names the record (default `id`). */
  param?: string
  /** The record before the change (and, for deletions, what it was). */
  load?: Loader
  /** The record after, from the route's answer (e.g. body.album). */
  answered?: (body: any) => Snapshot | null
  /** The entity's id when the path has none (creations, bulk changes). */
  idOf?: (req: MedusaRequest, body: any) => string
  /** A rule of its own for what was done and how to say it. */
  describe?: (req: MedusaRequest, body: any, before: Snapshot | null) => Pick<Entry, "action" | "summary" | "changes">
  /**
   * For changes to several records or read from elsewhere: `before` reads
   * what the request is about to change, `entries` compares it with what is
   * there after the route answered. No entries: nothing to record.
   */
  before?: (req: MedusaRequest) => Promise<unknown>
  entries?: (req: MedusaRequest, body: any, before: any) => Promise<FullEntry[]>
}

export const quiet = (load: Loader): Loader => (scope, id) => load(scope, id).catch(() => null)

const NOUN: Record<string, string> = { media_type: "Media type", product: "Product", employee: "Employee", price_list: "Price list" }
export const nounOf = (entity: string) => NOUN[entity] ?? entity[0].toUpperCase() + entity.slice(1)

/** Price fields: `price` on our records, `price_usd` and the like on variants. */
const isPrice = (key: string) => key === "price" || key.startsWith("price_")

/** An edit: publish/unpublish when visibility changed, price_change when only prices did, update otherwise. */
export function describeEdit(entity: string, id: string, before: Snapshot | null, after: Snapshot | null, creating: boolean): Entry {
  const diff = changedFields(before, after)
  if (creating) {
    return { action: "create", summary: `${nounOf(entity)} ${labelOf(after, id)} created`, changes: { before: null, after: diff.after } }
  }
  const visibility = diff.keys.find((k) => k === "published" || k === "status")
  let action = "update"
  if (visibility) {
    const now = diff.after[visibility]
    action = now === true || now === "published" ? "publish" : "unpublish"
  } else if (diff.keys.length && diff.keys.every(isPrice)) {
    action = "price_change"
  }
  const what = `${nounOf(entity)} ${labelOf(after ?? before, id)}`
  return {
    action,
    summary: diff.keys.length ? `${what}: ${describeChanges(diff)}` : `${what}: saved with no change`,
    changes: { before: diff.before, after: diff.after },
  }
}

export function describeDeletion(entity: string, id: string, before: Snapshot | null): Entry {
  const flat = changedFields(before, null).before
  return { action: "delete", summary: `${nounOf(entity)} ${labelOf(before, id)} deleted`, changes: { before: flat, after: null } }
}

export const money = (amount: unknown, currency: unknown) => `${amount} ${String(currency ?? "").toUpperCase()}`.trim()

async function entriesFor(rule: AuditRule, req: MedusaRequest, body: any, before: any): Promise<FullEntry[]> {
  if (rule.entries) return rule.entries(req, body, before)
  const id = rule.idOf ? rule.idOf(req, body) : req.params?.[rule.param ?? "id"]
  if (rule.describe) return [{ entity: rule.entity, entity_id: id, ...rule.describe(req, body, before) }]
  if (rule.method === "DELETE") return [{ entity: rule.entity, entity_id: id, ...describeDeletion(rule.entity, id, before) }]
  const after = rule.answered?.(body) ?? (rule.load ? await quiet(rule.load)(req.scope, id) : null)
  // A path such as /admin/products/batch also fits /admin/products/:id: no
  // record of that id before or after, so this rule has nothing to tell.
  if (rule.load && !before && !after) return []
  return [{ entity: rule.entity, entity_id: id, ...describeEdit(rule.entity, id, before, after, !rule.load) }]
}

function auditMiddleware(rule: AuditRule) {
  return async (req: MedusaRequest, res: MedusaResponse, next: MedusaNextFunction) => {
    const logger = req.scope.resolve(ContainerRegistrationKeys.LOGGER)
    try {
      const pathId = req.params?.[rule.param ?? "id"]
      const before = rule.before
        ? await rule.before(req).catch(() => null)
        : rule.load && pathId
          ? await quiet(rule.load)(req.scope, pathId)
          : null
      const send = res.json.bind(res)
      res.json = ((body: any) => {
        if (res.statusCode >= 400) return send(body)
        const write = async () => {
          const entries = await entriesFor(rule, req, body, before)
          if (!entries.length) return
          const actor = await actorOf(req.scope, (req as any).auth_context)
          for (const entry of entries) await recordAuditEntry(req.scope, { ...actor, ...entry })
        }
        write()
          .catch((e) => logger.error(`Audit trail: ${req.method} ${req.path} was not recorded: ${e?.message ?? e}`))
          .finally(() => send(body))
        return res
      }) as MedusaResponse["json"]
      next()
    } catch (e) {
      next(e)
    }
  }
}

export const auditMiddlewares = (rules: AuditRule[]): MiddlewareRoute[] =>
  rules.map((rule) => ({ method: [rule.method], matcher: rule.matcher, middlewares: [auditMiddleware(rule)] }))
