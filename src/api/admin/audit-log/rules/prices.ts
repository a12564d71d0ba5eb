import type { MedusaRequest } from "@medusajs/framework/http"
import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { labelOf, type Snapshot } from "../../../../lib/staff/audit-trail"
import { describeDeletion, describeEdit, type AuditRule, type FullEntry, type Loader } from "../audit-middleware"

/*
 * Prices and publishing changed through Medusa's own admin routes: a
 * variant's prices, the variant batch of a product, the product batch, and
 * price lists. Our album and track pages go through /admin/music and are
 * recorded in ../record-changes.ts.
 */

type Price = { id?: string; amount: number; currency_code: string; price_rules?: { attribute: string; value: string }[] | null }

/** `price_usd`, or `price_usd[region_id=reg_1]` for a price with rules: one comparable field per price a variant has. */
function priceFields(prices: Price[] | null | undefined): Snapshot {
  const out: Snapshot = {}
  for (const p of prices ?? []) {
    const rules = (p.price_rules ?? []).map((r) => `${r.attribute}=${r.value}`).sort()
    out[`price_${p.currency_code}${rules.length ? `[${rules.join(",")}]` : ""}`] = Number(p.amount)
  }
  return out
}

const VARIANT_FIELDS = ["id", "title", "sku", "product_id", "prices.amount", "prices.currency_code", "prices.price_rules.attribute", "prices.price_rules.value"]
const variantSnapshot = ({ prices, ...v }: any): Snapshot => ({ ...v, ...priceFields(prices) })

async function variants(scope: MedusaContainer, filters: Record<string, unknown>) {
  const query = scope.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({ entity: "variant", fields: VARIANT_FIELDS, filters })
  return new Map((data as any[]).map((v) => [v.id as string, variantSnapshot(v)]))
}

const variantOf: Loader = async (scope, id) => (await variants(scope, { id })).get(id) ?? null

async function products(scope: MedusaContainer, ids: string[]) {
  if (!ids.length) return new Map<string, Snapshot>()
  const query = scope.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({ entity: "product", fields: ["id", "title", "status", "handle"], filters: { id: ids } })
  return new Map((data as any[]).map((p) => [p.id as string, p as Snapshot]))
}

const PRICE_LIST_FIELDS = ["id", "title", "status", "type", "starts_at", "ends_at", "description"]
const priceListOf: Loader = async (scope, id) => {
  const query = scope.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({ entity: "price_list", fields: PRICE_LIST_FIELDS, filters: { id } })
  return (data[0] as Snapshot) ?? null
}
async function priceListPrices(scope: MedusaContainer, id: string) {
  const query = scope.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({ entity: "price_list", fields: ["id", "title", "prices.id", "prices.amount", "prices.currency_code"], filters: { id } })
  const list = data[0] as any
  return { title: list?.title as string | undefined, prices: new Map<string, Price>(((list?.prices ?? []) as Price[]).map((p) => [p.id!, p])) }
}

const ids = (items: unknown): string[] => (Array.isArray(items) ? items.map((i) => (typeof i === "string" ? i : (i as any)?.id)).filter(Boolean) : [])
const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? "" : "s"}`

/** Edits of several records at once: one entry each, as if each were edited alone. */
function batchEntries(entity: string, before: Map<string, Snapshot>, after: Map<string, Snapshot>, created: Snapshot[], deleted: string[]): FullEntry[] {
  const out: FullEntry[] = []
  for (const record of created) out.push({ entity, entity_id: String(record.id), ...describeEdit(entity, String(record.id), null, record, true) })
  for (const [id, old] of before) {
    if (deleted.includes(id)) out.push({ entity, entity_id: id, ...describeDeletion(entity, id, old) })
    else if (after.has(id)) {
      const entry = describeEdit(entity, id, old, after.get(id)!, false)
      // A record listed in the batch but left as it was is not a change.
      if ((entry.changes?.after && Object.keys(entry.changes.after as object).length) || entry.action !== "update") out.push({ entity, entity_id: id, ...entry })
    }
  }
  return out
}

export const PRICE_RULES: AuditRule[] = [
  // One variant: its prices (action price_change), title, SKU...
  { method: "POST", matcher: "/admin/products/:id/variants/:variant_id", entity: "variant", param: "variant_id", load: variantOf },
  { method: "DELETE", matcher: "/admin/products/:id/variants/:variant_id", entity: "variant", param: "variant_id", load: variantOf },
  {
    method: "POST",
    matcher: "/admin/products/:id/variants/batch",
    entity: "variant",
    before: (req: MedusaRequest) => variants(req.scope, { product_id: req.params.id }),
    entries: async (req, body, before: Map<string, Snapshot> | null) => {
      const touched = new Map([...(before ?? new Map<string, Snapshot>())].filter(([id]) => ids((req.body as any)?.update).includes(id) || ids((req.body as any)?.delete).includes(id)))
      const after = await variants(req.scope, { product_id: req.params.id })
      const created = ((body?.created ?? []) as any[]).map((v) => after.get(v.id) ?? variantSnapshot(v))
      return batchEntries("variant", touched, after, created, ids((req.body as any)?.delete))
    },
  },
  {
    // Several products: publishing and unpublishing in bulk, deletions, creations.
    method: "POST",
    matcher: "/admin/products/batch",
    entity: "product",
    before: (req: MedusaRequest) => products(req.scope, [...ids((req.body as any)?.update), ...ids((req.body as any)?.delete)]),
    entries: async (req, body, before: Map<string, Snapshot> | null) => {
      const after = await products(req.scope, ids((req.body as any)?.update))
      const created = ((body?.created ?? []) as any[]).map((p) => ({ id: p.id, title: p.title, status: p.status, handle: p.handle }))
      return batchEntries("product", before ?? new Map(), after, created, ids((req.body as any)?.delete))
    },
  },

  // Price lists (sales and overrides): the list itself, then its prices.
  { method: "POST", matcher: "/admin/price-lists", entity: "price_list", idOf: (_r, b) => b.price_list.id, answered: (b) => b.price_list },
  { method: "POST", matcher: "/admin/price-lists/:id", entity: "price_list", load: priceListOf },
  { method: "DELETE", matcher: "/admin/price-lists/:id", entity: "price_list", load: priceListOf },
  {
    method: "POST",
    matcher: "/admin/price-lists/:id/prices/batch",
    entity: "price_list",
    before: (req: MedusaRequest) => priceListPrices(req.scope, req.params.id),
    entries: async (req, body, before: Awaited<ReturnType<typeof priceListPrices>> | null) => {
      const id = req.params.id
      const old = before?.prices ?? new Map<string, Price>()
      const { prices: now, title } = await priceListPrices(req.scope, id)
      const added = ((body?.created ?? []) as Price[]).map((p) => p.id!)
      const removed = ids(body?.deleted?.ids)
      const changed = [...now.keys()].filter((p) => old.has(p) && Number(old.get(p)!.amount) !== Number(now.get(p)!.amount))
      if (!added.length && !removed.length && !changed.length) return []
      const show = (p: Price) => `${p.amount} ${p.currency_code.toUpperCase()}`
      const parts = [
        added.length && `${plural(added.length, "price")} added`,
        changed.length && `${plural(changed.length, "price")} changed (e.g. ${show(old.get(changed[0])!)} → ${show(now.get(changed[0])!)})`,
        removed.length && `${plural(removed.length, "price")} removed`,
      ].filter(Boolean)
      const amounts = (m: Map<string, Price>, keys: string[]) => Object.fromEntries(keys.filter((k) => m.has(k)).map((k) => [k, `${m.get(k)!.amount} ${m.get(k)!.currency_code}`]))
      return [
        {
          entity: "price_list",
          entity_id: id,
          action: "price_change",
          summary: `Price list ${labelOf({ title }, id)}: ${parts.join(", ")}`,
          changes: { before: amounts(old, [...changed, ...removed]), after: amounts(now, [...changed, ...added]) },
        },
      ]
    },
  },
]
