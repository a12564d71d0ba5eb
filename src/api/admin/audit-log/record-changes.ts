import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { getEmployee } from "../../../lib/staff/employees"
import { labelOf, type Snapshot } from "../../../lib/staff/audit-trail"
import { oneAlbum, oneArtist, oneGenre, oneMediaType, oneTrack } from "../music/catalogue/records"
import { auditMiddlewares, money, type AuditRule, type Loader } from "./audit-middleware"
import { ORDER_RULES } from "./rules/orders"
import { PRICE_RULES } from "./rules/prices"

/*
 * Which staff requests leave an entry in the audit trail, and how each is
 * described (the mechanism: ./audit-middleware.ts). Ours and Medusa's
 * product, payment and employee routes here; Medusa's order flows and price
 * routes in ./rules.
 */

const productOf: Loader = async (scope, id) => {
  const query = scope.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({ entity: "product", fields: ["id", "title", "status", "handle"], filters: { id } })
  return (data[0] as Snapshot) ?? null
}
const paymentOf: Loader = async (scope: MedusaContainer, id) => {
  const query = scope.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({
    entity: "payment",
    fields: ["id", "amount", "currency_code", "payment_collection.id", "refunds.amount"],
    filters: { id },
  })
  return (data[0] as Snapshot) ?? null
}

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
  { method: "DELETE", matcher: "/admin/employees/:id", entity: "employee", load: getEmployee as Loader },
]

export const adminAuditTrailMiddlewares = auditMiddlewares([...RULES, ...PRICE_RULES, ...ORDER_RULES])
