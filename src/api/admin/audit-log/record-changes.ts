import type { MedusaNextFunction, MedusaRequest, MedusaResponse, MiddlewareRoute } from "@medusajs/framework/http"
import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { getEmployee } from "../../../lib/staff/employees"
import {
  actorOf,
  changedFields,
  describeChanges,
  labelOf,
  recordAuditEntry,
  type Snapshot,
} from "../../../lib/staff/audit-trail"
import { oneAlbum, oneArtist, oneGenre, oneMediaType, oneTrack } from "../music/catalogue/records"

/*
 * Which staff requests leave an entry in the audit trail, and how each is
 * described. They are recorded around the routes rather than inside each
 * workflow, so Medusa's own admin routes (product publish and delete,
 * payment refunds) are covered the same way as ours, and the entry knows the
 * staff member (the request's login), which Medusa's events do not carry:
 * `payment.refunded` says which payment, not who refunded it.
 *
 * The record is read before the route runs; the route's answer is held until
 * the entry is written, so a staff member who saw "saved" finds it in the
 * log. An entry that cannot be written is logged as an error: the change
 * itself has happened and is not reported as failed.
 */

type Loader = (scope: MedusaContainer, id: string) => Promise<Snapshot | null>

type AuditRule = {
  method: "POST" | "DELETE"
  matcher: string
  entity: string
  /** The record before the change (and, for deletions, what it was). */
  load?: Loader
  /** The record after, from the route's answer (e.g. body.album). */
  answered?: (body: any) => Snapshot | null
  /** The entity's id when the path has none (creations, bulk changes). */
  idOf?: (req: MedusaRequest, body: any) => string
  /** A rule of its own for what was done and how to say it. */
  describe?: (req: MedusaRequest, body: any, before: Snapshot | null) => Pick<Entry, "action" | "summary" | "changes">
}

type Entry = { action: string; summary: string; changes: { before: unknown; after: unknown } | null }

const quiet = (load: Loader): Loader => (scope, id) => load(scope, id).catch(() => null)
const productOf: Loader = async (scope, id) => {
  const query = scope.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({ entity: "product", fields: ["id", "title", "status", "handle"], filters: { id } })
  return (data[0] as Snapshot) ?? null
}
const paymentOf: Loader = async (scope, id) => {
  const query = scope.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({
    entity: "payment",
    fields: ["id", "amount", "currency_code", "payment_collection.id", "refunds.amount"],
    filters: { id },
  })
  return (data[0] as Snapshot) ?? null
}

const NOUN: Record<string, string> = { media_type: "Media type", product: "Product", employee: "Employee" }
const nounOf = (entity: string) => NOUN[entity] ?? entity[0].toUpperCase() + entity.slice(1)

/** An edit: publish/unpublish when visibility changed, price_change when only the price did, update otherwise. */
function describeEdit(entity: string, id: string, before: Snapshot | null, after: Snapshot | null, creating: boolean): Entry {
  const diff = changedFields(before, after)
  if (creating) {
    return { action: "create", summary: `${nounOf(entity)} ${labelOf(after, id)} created`, changes: { before: null, after: diff.after } }
  }
  const visibility = diff.keys.find((k) => k === "published" || k === "status")
  let action = "update"
  if (visibility) {
    const now = diff.after[visibility]
    action = now === true || now === "published" ? "publish" : "unpublish"
  } else if (diff.keys.length && diff.keys.every((k) => k === "price")) {
    action = "price_change"
  }
  const what = `${nounOf(entity)} ${labelOf(after ?? before, id)}`
  return {
    action,
    summary: diff.keys.length ? `${what}: ${describeChanges(diff)}` : `${what}: saved with no change`,
    changes: { before: diff.before, after: diff.after },
  }
}

function describeDeletion(entity: string, id: string, before: Snapshot | null): Entry {
  const flat = changedFields(before, null).before
  return { action: "delete", summary: `${nounOf(entity)} ${labelOf(before, id)} deleted`, changes: { before: flat, after: null } }
}

function auditMiddleware(rule: AuditRule) {
  return async (req: MedusaRequest, res: MedusaResponse, next: MedusaNextFunction) => {
    const logger = req.scope.resolve(ContainerRegistrationKeys.LOGGER)
    try {
      const pathId = req.params?.id
      const before = rule.load && pathId ? await quiet(rule.load)(req.scope, pathId) : null
      const send = res.json.bind(res)
      res.json = ((body: any) => {
        if (res.statusCode >= 400) return send(body)
        const write = async () => {
          const id = rule.idOf ? rule.idOf(req, body) : pathId
          const entry: Entry = rule.describe
            ? rule.describe(req, body, before)
            : rule.method === "DELETE"
              ? describeDeletion(rule.entity, id, before)
              : describeEdit(
                  rule.entity,
                  id,
                  before,
                  rule.answered?.(body) ?? (rule.load ? await quiet(rule.load)(req.scope, id) : null),
                  !rule.load
                )
          const actor = await actorOf(req.scope, (req as any).auth_context)
          await recordAuditEntry(req.scope, { ...actor, entity: rule.entity, entity_id: id, ...entry })
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

const money = (amount: unknown, currency: unknown) => `${amount} ${String(currency ?? "").toUpperCase()}`.trim()

const RULES: AuditRule[] = [
  // Our catalogue: edits (price, publish, hide, renames) and deletions.
  { method: "POST", matcher: "/admin/music/albums", entity: "album", idOf: (_r, b) => b.album.id, answered: (b) => b.album },
  { method: "POST", matcher: "/admin/music/albums/:id", entity: "album", load: oneAlbum, answered: (b) => b.album },
  { method: "DELETE", matcher: "/admin/music/albums/:id", entity: "album", load: oneAlbum },
  { method: "POST", matcher: "/admin/music/tracks", entity: "track", idOf: (_r, b) => b.track.id, answered: (b) => b.track },
  { method: "POST", matcher: "/admin/music/tracks/:id", entity: "track", load: oneTrack, answered: (b) => b.track },
  { method: "DELETE", matcher: "/admin/music/tracks/:id", entity: "track", load: oneTrack },
  ...(
    [
      ["artist", "/admin/music/artists", oneArtist],
      ["genre", "/admin/music/genres", oneGenre],
      ["media_type", "/admin/music/media-types", oneMediaType],
    ] as const
  ).flatMap(([entity, path, load]): AuditRule[] => [
    { method: "POST", matcher: `${path}/:id`, entity, load, answered: (b) => b[entity] },
    { method: "DELETE", matcher: `${path}/:id`, entity, load },
  ]),
  {
    // Bulk prices: one entry for the whole change, every line's old and new price kept.
    method: "POST",
    matcher: "/admin/music/prices/apply",
    entity: "prices",
    idOf: (req) => Object.entries((req.body as any)?.scope ?? {}).map(([k, v]) => `${k}=${v}`).join(",") || "scope",
    describe: (req, body) => {
      const { change, targets } = (req.body ?? {}) as any
      const lines: any[] = body.variants ?? []
      return {
        action: "price_change",
        summary:
          `Bulk price change (${change?.mode} ${change?.value}, ${targets ?? "tracks"}): ${lines.length} price${lines.length === 1 ? "" : "s"} set in ` +
          `${String(body.currency_code).toUpperCase()}` +
          (lines.length ? `, e.g. ${lines[0].kind} ${labelOf(lines[0], lines[0].id)} ${lines[0].old_amount ?? "none"} → ${lines[0].new_amount}` : ""),
        changes: {
          before: lines.map((l) => ({ kind: l.kind, id: l.id, variant_id: l.variant_id, amount: l.old_amount })),
          after: lines.map((l) => ({ kind: l.kind, id: l.id, variant_id: l.variant_id, amount: l.new_amount })),
        },
      }
    },
  },

  // Medusa's own product routes: publishing, unpublishing and deleting a product.
  { method: "POST", matcher: "/admin/products/:id", entity: "product", load: productOf },
  { method: "DELETE", matcher: "/admin/products/:id", entity: "product", load: productOf },

  // Refunds, from the admin's refund of a captured payment.
  {
    method: "POST",
    matcher: "/admin/payments/:id/refund",
    entity: "payment",
    load: paymentOf,
    describe: (req, body, before) => {
      const amount = (req.body as any)?.amount ?? body?.payment?.amount ?? before?.amount
      const currency = body?.payment?.currency_code ?? before?.currency_code
      const note = (req.body as any)?.note
      return {
        action: "refund",
        summary: `Refunded ${money(amount, currency)} of payment ${req.params.id}${note ? `: "${String(note).slice(0, 120)}"` : ""}`,
        changes: {
          before: { refunded: ((before?.refunds as any[]) ?? []).reduce((s, r) => s + Number(r.amount ?? 0), 0) },
          after: { refunded: ((body?.payment?.refunds as any[]) ?? []).reduce((s, r) => s + Number(r.amount ?? 0), 0), amount },
        },
      }
    },
  },

  // Employees: new ones, edits (the reporting line included) and deletions.
  { method: "POST", matcher: "/admin/employees", entity: "employee", idOf: (_r, b) => b.employee.id, answered: (b) => b.employee },
  { method: "POST", matcher: "/admin/employees/:id", entity: "employee", load: getEmployee as Loader, answered: (b) => b.employee },
  // DELETE /admin/employees/:id comes with the staff-rest branch; recorded here once it lands.
  { method: "DELETE", matcher: "/admin/employees/:id", entity: "employee", load: getEmployee as Loader },
]

export const adminAuditTrailMiddlewares: MiddlewareRoute[] = RULES.map((rule) => ({
  method: [rule.method],
  matcher: rule.matcher,
  middlewares: [auditMiddleware(rule)],
}))
