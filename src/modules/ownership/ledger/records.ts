import type { Knex } from "@medusajs/framework/mikro-orm/knex"
import { generateEntityId } from "@medusajs/framework/utils"
import { changeOrders } from "./rollup"

export type OwnedTrackInput = {
  customer_id: string
  track_id: string
  album_id: string
  order_id: string
  line_item_id: string
  granted_at: Date | string
}

export type SaleLineInput = {
  order_id: string
  line_item_id: string
  customer_id: string | null
  kind: "track" | "album"
  track_id: string | null
  album_id: string | null
  product_id: string | null
  variant_id: string | null
  artist_id: string | null
  genre_id: string | null
  media_type_id: string | null
  country_code: string | null
  support_rep_id: string | null
  quantity: number
  /** The line's total, as a decimal string or number in the currency's unit. */
  amount: string | number
  currency_code: string
  sold_at: Date | string
}

export type SaleLineState = {
  id: string
  order_id: string
  line_item_id: string
  amount: string
  reversed_amount: string
  status: "sold" | "canceled" | "refunded"
  reversed_at: Date | null
}

export type ReversalUpdate = Pick<SaleLineState, "id" | "line_item_id" | "status" | "reversed_amount" | "reversed_at">

const run = async (db: Knex, sql: string, params: Record<string, unknown>) =>
  ((await db.raw(sql, params as any)) as unknown as { rows: any[] }).rows

/*
 * Plain INSERT … ON CONFLICT DO NOTHING on the unique keys: two runs for the
 * same order at once (an event delivered twice, the retry job) both succeed
 * and leave one set of rows, where a read-then-create would race.
 */
export async function insertMissing(db: Knex, input: { owned: OwnedTrackInput[]; sales: SaleLineInput[] }) {
  const owned = input.owned.map((o) => ({ id: generateEntityId(undefined, "own"), ...o }))
  const sales = input.sales.map((s) => ({ id: generateEntityId(undefined, "sale"), ...s, amount: String(s.amount) }))
  const owned_ids = owned.length
    ? (
        await run(
          db,
          `insert into owned_track (id, customer_id, track_id, album_id, order_id, line_item_id, granted_at)
           select id, customer_id, track_id, album_id, order_id, line_item_id, granted_at
           from jsonb_to_recordset(:rows::jsonb) as x(id text, customer_id text, track_id text, album_id text,
                order_id text, line_item_id text, granted_at timestamptz)
           on conflict (line_item_id, track_id) where deleted_at is null do nothing
           returning id`,
          { rows: JSON.stringify(owned) }
        )
      ).map((r) => r.id as string)
    : []
  // The monthly and yearly sums follow the lines (rollup.ts).
  const sale_ids = sales.length
    ? await changeOrders(db, sales.map((s) => s.order_id), () => insertSaleLines(db, sales), (ids) => ids.length > 0)
    : []
  return { owned_ids, sale_ids }
}

async function insertSaleLines(db: Knex, sales: (SaleLineInput & { id: string })[]): Promise<string[]> {
  const inserted = await run(
    db,
    `insert into sale_line (id, order_id, line_item_id, customer_id, kind, track_id, album_id, product_id, variant_id,
       artist_id, genre_id, media_type_id, country_code, support_rep_id, quantity, amount, raw_amount, currency_code, sold_at)
     select id, order_id, line_item_id, customer_id, kind, track_id, album_id, product_id, variant_id,
       artist_id, genre_id, media_type_id, country_code, support_rep_id, quantity, amount::numeric,
       jsonb_build_object('value', amount, 'precision', 20), currency_code, sold_at
     from jsonb_to_recordset(:rows::jsonb) as x(id text, order_id text, line_item_id text, customer_id text, kind text,
          track_id text, album_id text, product_id text, variant_id text, artist_id text, genre_id text,
          media_type_id text, country_code text, support_rep_id text, quantity int, amount text,
          currency_code text, sold_at timestamptz)
     on conflict (line_item_id) where deleted_at is null do nothing
     returning id`,
    { rows: JSON.stringify(sales) }
  )
  return inserted.map((r) => r.id as string)
}

/** The orders these ledger lines belong to. */
async function ordersOfLines(db: Knex, saleIds: string[]): Promise<string[]> {
  if (!saleIds.length) return []
  return (await db("sale_line").distinct("order_id").whereIn("id", saleIds)).map((r: { order_id: string }) => r.order_id)
}

export async function removeRecorded(db: Knex, ids: { owned_ids: string[]; sale_ids: string[] }) {
  if (ids.owned_ids.length) await db("owned_track").whereIn("id", ids.owned_ids).delete()
  if (ids.sale_ids.length) {
    await changeOrders(db, await ordersOfLines(db, ids.sale_ids), () => db("sale_line").whereIn("id", ids.sale_ids).delete())
  }
}

export async function saleLineStates(db: Knex, orderIds: string[]): Promise<SaleLineState[]> {
  if (!orderIds.length) return []
  return db("sale_line")
    .select("id", "order_id", "line_item_id", db.raw("amount::text as amount"), db.raw("reversed_amount::text as reversed_amount"), "status", "reversed_at")
    .whereIn("order_id", orderIds)
    .whereNull("deleted_at")
    .orderBy("line_item_id")
}

/**
 * Writes each line's status and reversed amount; the grants of a line no
 * longer `sold` are revoked (at the time of its reversal), those of a sold
 * line are in force. Returns the lines' previous state.
 */
export async function applyReversals(db: Knex, updates: ReversalUpdate[]): Promise<ReversalUpdate[]> {
  if (!updates.length) return []
  const rows = JSON.stringify(updates.map((u) => ({ ...u, reversed_amount: String(u.reversed_amount) })))
  const orders = await ordersOfLines(db, updates.map((u) => u.id))
  const previous = await changeOrders(db, orders, () => run(
    db,
    `with input as (
       select * from jsonb_to_recordset(:rows::jsonb) as x(id text, status text, reversed_amount text, reversed_at timestamptz)
     ), previous as (
       select s.id, s.line_item_id, s.status, s.reversed_amount::text as reversed_amount, s.reversed_at
       from sale_line s join input i on i.id = s.id
     ), changed as (
       update sale_line s set status = i.status, reversed_amount = i.reversed_amount::numeric,
         raw_reversed_amount = jsonb_build_object('value', i.reversed_amount, 'precision', 20),
         reversed_at = i.reversed_at, updated_at = now()
       from input i where s.id = i.id
         and (s.status, s.reversed_amount, s.reversed_at) is distinct from (i.status, i.reversed_amount::numeric, i.reversed_at)
       returning s.id
     )
     select p.* from previous p`,
    { rows }
  ))
  await run(
    db,
    `update owned_track o
     set revoked_at = case when x.status = 'sold' then null else coalesce(x.reversed_at, now()) end, updated_at = now()
     from jsonb_to_recordset(:rows::jsonb) as x(line_item_id text, status text, reversed_at timestamptz)
     where o.line_item_id = x.line_item_id and o.deleted_at is null
       and (o.revoked_at is null) is distinct from (x.status = 'sold')`,
    { rows }
  )
  return previous.map((p) => ({
    id: p.id,
    line_item_id: p.line_item_id,
    status: p.status,
    reversed_amount: p.reversed_amount,
    reversed_at: p.reversed_at,
  }))
}
