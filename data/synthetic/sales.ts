import type { ExecArgs } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import { Client } from "pg"
import { ensureStoreSetup } from "../../src/lib/store-setup"
import { OWNERSHIP_MODULE } from "../../src/modules/ownership"
import type OwnershipModuleService from "../../src/modules/ownership/service"
import type { SaleLineInput } from "../../src/modules/ownership/service"
import { TRACK_LINE_FIELDS, trackLineItem } from "../../src/workflows/orders/utils/track-line-item"

/**
 * `npm run bench:reports` (SALES_SCALE=N through bench/reports.mjs): makes
 * the sales history N times Chinook's: the 412 imported invoices plus N − 1
 * synthetic copies of them, 412 orders each (41,200 orders and about 224,000
 * sold lines at N = 100). SALES_SCALE=1 removes every synthetic order.
 *
 * Each copy is real Medusa orders, created in bulk by the Order Module's
 * service (createOrders: completed orders of the imported customers, with a
 * billing address, one item per line at the catalogue price), and their
 * ledger rows recorded through the ownership module's recordSales, which
 * also keeps the monthly sums. A copy's orders keep the shape of Chinook's
 * invoices (as many lines as the invoice they copy) but draw, from a seeded
 * generator, their customer (so country and support rep), their tracks
 * (any of the catalogue's), a time in 2021-2025, and one time in twenty a
 * whole album besides. Orders carry `metadata.synthetic_sales` (the copy's
 * number): a run makes only the copies that are missing and finishes a
 * copy a stopped run left half-made.
 *
 * Not made: payments, the $0 shipping method and fulfilments (the imported
 * orders have them); reports and the peer read neither.
 */

const TAG = "synthetic_sales"
const say = (m: string) => console.log(m)

/** mulberry32: a small seeded generator, the same history every run. */
function generator(seed: number) {
  let a = seed >>> 0
  return () => {
    a = (a + 0x6d2b79f5) >>> 0
    let t = a
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}

const FIRST_DAY = Date.UTC(2021, 0, 1)
const LAST_DAY = Date.UTC(2026, 0, 1)

export default async function syntheticSales({ container }: ExecArgs) {
  const scale = Number(process.env.SALES_SCALE ?? 100)
  if (!Number.isInteger(scale) || scale < 1) throw new Error(`SALES_SCALE must be a whole number >= 1, got "${process.env.SALES_SCALE}"`)
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const orderModule = container.resolve(Modules.ORDER)
  const ownership: OwnershipModuleService = container.resolve(OWNERSHIP_MODULE)
  const db = new Client({ connectionString: process.env.DATABASE_URL })
  await db.connect()
  try {
    // What is there: orders, and orders with ledger lines, per synthetic
    // copy (a copy's lines are recorded in one transaction: all or none).
    const { rows: present } = await db.query(
      `select (o.metadata->>'${TAG}')::int as copy, count(*)::int as orders,
              count(*) filter (where exists (select 1 from sale_line s where s.order_id = o.id and s.deleted_at is null))::int as recorded
       from "order" o
       where o.metadata ? '${TAG}' and o.deleted_at is null
       group by 1`
    )
    // The imported invoices' line counts, in invoice order: the shape every copy keeps.
    const { rows: invoices } = await db.query(
      `select (o.metadata->>'chinook_invoice_id')::int as invoice, count(s.id)::int as lines
       from "order" o join sale_line s on s.order_id = o.id and s.deleted_at is null
       where o.metadata ? 'chinook_invoice_id' and o.deleted_at is null
       group by 1 order by 1`
    )
    if (!invoices.length) throw new Error("No imported Chinook orders in the ledger: run the import first (npm run seed).")
    const source = invoices.map((i) => i.lines as number)
    const plan = (copy: number) => planCopy(copy, source)

    // Copies above the scale, and copies a stopped run left half-made, go.
    const doomed = present.filter((p) => p.copy >= scale || p.copy < 1 || p.orders !== source.length || p.recorded !== source.length)
    if (doomed.length) {
      say(`removing ${doomed.length} synthetic cop${doomed.length === 1 ? "y" : "ies"} (${doomed.map((d) => d.copy).join(", ")})...`)
      for (const d of doomed) await removeCopy(db, orderModule, ownership, d.copy)
    }
    const have = new Set(present.filter((p) => !doomed.includes(p)).map((p) => p.copy))
    const todo = Array.from({ length: scale - 1 }, (_, i) => i + 1).filter((c) => !have.has(c))
    if (!todo.length) {
      say(`sales history already ${scale} x Chinook (${have.size} synthetic copies)`)
      return
    }

    // The catalogue and people orders are drawn from.
    const setup = await ensureStoreSetup(container)
    const { data: tracks } = await query.graph({
      entity: "track",
      fields: [...TRACK_LINE_FIELDS, "unit_price", "album_id", "genre_id", "media_type_id", "album.artist_id"],
    })
    const sellable = (tracks as any[]).filter((t) => t.product_variant?.id).sort((a, b) => (a.id < b.id ? -1 : 1))
    const { data: albums } = await query.graph({
      entity: "album",
      fields: ["id", "title", "artist_id", "artist.name", "product_id", "full_variant_id", "tracks.genre_id", "tracks.media_type_id"],
    })
    const wholeAlbums = (albums as any[]).filter((a) => a.full_variant_id && a.product_id).sort((a, b) => (a.id < b.id ? -1 : 1))
    const { data: fullVariants } = await query.graph({
      entity: "product_variant",
      fields: ["id", "sku", "prices.amount", "prices.currency_code"],
      filters: { id: wholeAlbums.map((a) => a.full_variant_id) },
    })
    const variantBy = new Map((fullVariants as any[]).map((v) => [v.id, v]))
    const { data: customers } = await query.graph({
      entity: "customer",
      fields: ["id", "email", "first_name", "last_name", "metadata", "addresses.country_code", "employee.id"],
      filters: { has_account: true },
    })
    const buyers = (customers as any[]).filter((c) => c.metadata?.chinook_id).sort((a, b) => a.metadata.chinook_id - b.metadata.chinook_id)
    if (!sellable.length || !buyers.length) throw new Error("No Chinook tracks or customers in this database.")

    say(`making ${todo.length} synthetic cop${todo.length === 1 ? "y" : "ies"} of the ${source.length} Chinook orders (scale ${scale})...`)
    const started = Date.now()
    let made = 0
    for (const copy of todo) {
      const t = Date.now()
      const drawn = plan(copy)
      const orders = drawn.map((o, index) => {
        const buyer = buyers[Math.floor(o.buyer * buyers.length)]
        const lines = o.tracks.map((r) => sellable[Math.floor(r * sellable.length)])
        const album = o.album === null ? null : wholeAlbums[Math.floor(o.album * wholeAlbums.length)]
        const albumVariant = album ? variantBy.get(album.full_variant_id) : null
        const albumPrice = albumVariant ? Number((albumVariant.prices ?? []).find((p: any) => p.currency_code === "usd")?.amount ?? 0) : 0
        const country = (buyer.addresses ?? []).find((a: any) => a?.country_code)?.country_code ?? "us"
        return {
          buyer,
          country,
          lines,
          album: album && albumPrice ? { album, variant: albumVariant, price: albumPrice } : null,
          order: {
            region_id: setup.region_id,
            sales_channel_id: setup.sales_channel_id,
            customer_id: buyer.id,
            email: buyer.email,
            currency_code: "usd",
            status: "completed",
            no_notification: true,
            created_at: new Date(o.at),
            billing_address: { first_name: buyer.first_name, last_name: buyer.last_name, country_code: country },
            items: [
              ...lines.map((tr) => ({ ...trackLineItem(tr, 1, Number(tr.unit_price)), is_discountable: true })),
              ...(album && albumPrice
                ? [{
                    title: album.title,
                    subtitle: "Full album",
                    product_title: album.title,
                    product_subtitle: album.artist?.name,
                    variant_title: "Full album",
                    product_id: album.product_id,
                    variant_id: album.full_variant_id,
                    variant_sku: albumVariant.sku,
                    quantity: 1,
                    unit_price: albumPrice,
                    requires_shipping: false,
                    is_discountable: true,
                  }]
                : []),
            ],
            metadata: { [TAG]: copy, synthetic_index: index },
          },
        }
      })
      const returned: any[] = await (orderModule as any).createOrders(orders.map((o) => o.order))
      // createOrders does not answer in the order it was given: match by index.
      const created: any[] = []
      for (const order of returned) created[order.metadata.synthetic_index] = order
      if (created.filter(Boolean).length !== orders.length) throw new Error(`createOrders made ${returned.length} orders of ${orders.length}`)

      // The ledger rows, as recording the order would write them (order-sales.ts).
      const sales: SaleLineInput[] = []
      created.forEach((order, i) => {
        const o = orders[i]
        const items: any[] = [...(order.items ?? [])]
        const take = (variantId: string) => {
          const at = items.findIndex((it) => it.variant_id === variantId)
          if (at < 0) throw new Error(`Order ${order.id}: no item for variant ${variantId}`)
          return items.splice(at, 1)[0]
        }
        const base = {
          order_id: order.id,
          customer_id: o.buyer.id,
          country_code: o.country,
          support_rep_id: o.buyer.employee?.id ?? null,
          quantity: 1,
          currency_code: "usd",
          sold_at: o.order.created_at,
        }
        for (const tr of o.lines) {
          const item = take(tr.product_variant.id)
          sales.push({
            ...base,
            line_item_id: item.id,
            kind: "track",
            track_id: tr.id,
            album_id: tr.album_id,
            product_id: tr.product_variant.product_id,
            variant_id: tr.product_variant.id,
            artist_id: tr.album?.artist_id ?? null,
            genre_id: tr.genre_id ?? null,
            media_type_id: tr.media_type_id ?? null,
            amount: Number(tr.unit_price).toFixed(2),
          })
        }
        if (o.album) {
          const item = take(o.album.album.full_variant_id)
          const albumTracks = o.album.album.tracks ?? []
          sales.push({
            ...base,
            line_item_id: item.id,
            kind: "album",
            track_id: null,
            album_id: o.album.album.id,
            product_id: o.album.album.product_id,
            variant_id: o.album.album.full_variant_id,
            artist_id: o.album.album.artist_id ?? null,
            genre_id: mostCommon(albumTracks.map((x: any) => x.genre_id)),
            media_type_id: mostCommon(albumTracks.map((x: any) => x.media_type_id)),
            amount: o.album.price.toFixed(2),
          })
        }
      })
      await ownership.recordSales({ owned: [], sales })
      made++
      const rate = (Date.now() - started) / made
      say(
        `  copy ${copy}: ${created.length} orders, ${sales.length} ledger lines in ${((Date.now() - t) / 1000).toFixed(1)} s` +
          ` (${made}/${todo.length}, about ${Math.round(((todo.length - made) * rate) / 1000)} s left)`
      )
    }
    say(`${made} copies made in ${((Date.now() - started) / 1000).toFixed(1)} s`)
  } finally {
    await db.end()
  }
}

type Drawn = { at: number; buyer: number; tracks: number[]; album: number | null }

/** A copy's draws: one per Chinook order, as many track lines as it had. */
function planCopy(copy: number, lineCounts: number[]): Drawn[] {
  const rand = generator(0x5a1e5 + copy * 7919)
  return lineCounts.map((n) => ({
    at: FIRST_DAY + Math.floor(rand() * (LAST_DAY - FIRST_DAY)),
    buyer: rand(),
    tracks: Array.from({ length: n }, () => rand()),
    album: rand() < 0.05 ? rand() : null,
  }))
}

function mostCommon(values: (string | null | undefined)[]): string | null {
  const counts = new Map<string, number>()
  for (const v of values) if (v) counts.set(v, (counts.get(v) ?? 0) + 1)
  let best: string | null = null
  for (const [v, n] of counts) if (best === null || n > counts.get(best)!) best = v
  return best
}

/** Deletes a synthetic copy's orders (Order Module) and their ledger lines (ownership module). */
async function removeCopy(db: Client, orderModule: any, ownership: OwnershipModuleService, copy: number) {
  const { rows } = await db.query(`select id from "order" where (metadata->>'${TAG}')::int = $1 and deleted_at is null`, [copy])
  const ids = rows.map((r) => r.id as string)
  for (let i = 0; i < ids.length; i += 500) {
    const batch = ids.slice(i, i + 500)
    const lines = await ownership.listSaleLines({ order_id: batch }, { select: ["id"], take: null })
    if (lines.length) await ownership.removeRecorded({ owned_ids: [], sale_ids: lines.map((l) => l.id) })
    await orderModule.deleteOrders(batch)
  }
}
