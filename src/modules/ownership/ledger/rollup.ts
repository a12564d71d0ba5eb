import type { Knex } from "@medusajs/framework/mikro-orm/knex"

/*
 * Keeps sale_rollup (see models/sale-rollup.ts) equal to the ledger's sold
 * lines summed per month, quarter and year. Every write to sale_line goes through
 * `changeOrders`, in the writer's transaction:
 *
 *   1. lock the orders whose lines change (an advisory lock per order, so two
 *      writers of one order take turns and each sees the other's rows);
 *   2. read what those orders add to the rollup now;
 *   3. write the lines;
 *   4. read what they add now, and add the difference to the rollup in one
 *      upsert, in key order (two writers lock shared rows, such as a month's
 *      totals, in the same order: no deadlock).
 *
 * An order's lines all fall in one month, so its share of each rollup row
 * (revenue, units, and 1 order if it has a sold line in the group) does not
 * depend on any other order: adding "after minus before" per changed order
 * is exact, whatever else is sold at the same time.
 */

export const ROLLUP_DIMENSIONS = ["all", "country", "genre", "artist", "album", "track", "media_type", "support_rep"] as const
export type RollupDimension = (typeof ROLLUP_DIMENSIONS)[number]

/** The ledger column each dimension groups by ("all": one group per period). */
export const DIMENSION_COLUMN: Record<RollupDimension, string | null> = {
  all: null,
  country: "country_code",
  genre: "genre_id",
  artist: "artist_id",
  album: "album_id",
  track: "track_id",
  media_type: "media_type_id",
  support_rep: "support_rep_id",
}

const run = async (db: Knex, sql: string, params: Record<string, unknown> = {}) =>
  ((await db.raw(sql, params as any)) as unknown as { rows: any[] }).rows

const dimensionValues = ROLLUP_DIMENSIONS.map((d) => {
  const column = DIMENSION_COLUMN[d]
  return `('${d}', ${column ? `coalesce(s.${column}, '')` : "''"})`
}).join(", ")

/**
 * What the sold lines matching `where` (over sale_line s) add to each rollup
 * row: period, start, currency, dimension, key, revenue, units, orders.
 */
export const contributionsSql = (where: string) => `
  select p.period, p.starts_on, s.currency_code, d.dimension, d.group_key,
         sum(s.amount - s.reversed_amount) as revenue, sum(s.quantity)::int as units, count(distinct s.order_id)::int as orders
  from sale_line s
  cross join lateral (values
    ('month', date_trunc('month', s.sold_at at time zone 'UTC') at time zone 'UTC'),
    ('quarter', date_trunc('quarter', s.sold_at at time zone 'UTC') at time zone 'UTC'),
    ('year', date_trunc('year', s.sold_at at time zone 'UTC') at time zone 'UTC')
  ) as p(period, starts_on)
  cross join lateral (values ${dimensionValues}) as d(dimension, group_key)
  where s.status = 'sold' and s.deleted_at is null and (${where})
  group by p.period, p.starts_on, s.currency_code, d.dimension, d.group_key`

type Contribution = {
  period: string
  starts_on: string
  currency_code: string
  dimension: string
  group_key: string
  revenue: string
  units: number
  orders: number
}

async function contributions(db: Knex, orderIds: string[]): Promise<Contribution[]> {
  return run(db, `select period, starts_on, currency_code, dimension, group_key, revenue::text as revenue, units, orders
                  from (${contributionsSql("s.order_id = any(:orders)")}) c`, { orders: orderIds })
}

/** Orders' lines are changed one order at a time, across transactions. */
async function lockOrders(db: Knex, orderIds: string[]) {
  await run(
    db,
    `select pg_advisory_xact_lock(h) from (
       select distinct hashtextextended('ownership.sale_line:' || o, 0) as h from unnest(:orders::text[]) o order by h
     ) locks`,
    { orders: orderIds }
  )
}

/** Adds (after − before) of these orders to the rollup, and drops rows left at zero. */
async function applyDifference(db: Knex, orderIds: string[], before: Contribution[]) {
  const touched = await run(
    db,
    `with before as (
       select * from jsonb_to_recordset(:before::jsonb) as x(period text, starts_on timestamptz, currency_code text,
         dimension text, group_key text, revenue numeric, units int, orders int)
     ), after as (${contributionsSql("s.order_id = any(:orders)")}
     ), delta as (
       select period, starts_on, currency_code, dimension, group_key,
              sum(revenue) as revenue, sum(units)::int as units, sum(orders)::int as orders
       from (
         select period, starts_on, currency_code, dimension, group_key, revenue, units, orders from after
         union all
         select period, starts_on, currency_code, dimension, group_key, -revenue, -units, -orders from before
       ) both_sides
       group by period, starts_on, currency_code, dimension, group_key
       having sum(revenue) <> 0 or sum(units) <> 0 or sum(orders) <> 0
     )
     insert into sale_rollup (id, period, starts_on, currency_code, dimension, group_key, revenue, raw_revenue, units, orders)
     select 'srol_' || replace(gen_random_uuid()::text, '-', ''), period, starts_on, currency_code, dimension, group_key,
            revenue, jsonb_build_object('value', revenue::text, 'precision', 20), units, orders
     from delta
     order by dimension, currency_code, period, starts_on, group_key
     on conflict (dimension, currency_code, period, starts_on, group_key) where deleted_at is null do update set
       revenue = sale_rollup.revenue + excluded.revenue,
       raw_revenue = jsonb_build_object('value', (sale_rollup.revenue + excluded.revenue)::text, 'precision', 20),
       units = sale_rollup.units + excluded.units,
       orders = sale_rollup.orders + excluded.orders,
       updated_at = now()
     returning id, (revenue = 0 and units = 0 and orders = 0) as empty`,
    { orders: orderIds, before: JSON.stringify(before) }
  )
  // A group whose last sold line went: no row rather than a row of zeros.
  const empty = touched.filter((t) => t.empty).map((t) => t.id as string)
  if (empty.length) await run(db, "delete from sale_rollup where id = any(:ids)", { ids: empty })
}

/**
 * Runs `write` (which changes the ledger lines of these orders) and keeps
 * the rollup in step, all in the caller's transaction.
 */
export async function changeOrders<T>(db: Knex, orderIds: string[], write: () => Promise<T>, changed: (result: T) => boolean = () => true): Promise<T> {
  const orders = [...new Set(orderIds)].filter(Boolean)
  if (!orders.length) return write()
  await lockOrders(db, orders)
  const before = await contributions(db, orders)
  const result = await write()
  if (changed(result)) await applyDifference(db, orders, before)
  return result
}

/** Recomputes the whole rollup from the ledger (a repair; the migration does the same). */
export async function rebuild(db: Knex) {
  await run(db, "lock table sale_line in share mode")
  await run(db, "delete from sale_rollup")
  await run(
    db,
    `insert into sale_rollup (id, period, starts_on, currency_code, dimension, group_key, revenue, raw_revenue, units, orders)
     select 'srol_' || replace(gen_random_uuid()::text, '-', ''), period, starts_on, currency_code, dimension, group_key,
            revenue, jsonb_build_object('value', revenue::text, 'precision', 20), units, orders
     from (${contributionsSql("true")}) c`
  )
}

/** Rollup rows that differ from the ledger's sums (none when all is well). */
export async function drift(db: Knex): Promise<{ period: string; starts_on: Date; currency_code: string; dimension: string; group_key: string }[]> {
  return run(
    db,
    `with expected as (${contributionsSql("true")}),
     actual as (select period, starts_on, currency_code, dimension, group_key, revenue, units, orders from sale_rollup where deleted_at is null)
     select coalesce(e.period, a.period) as period, coalesce(e.starts_on, a.starts_on) as starts_on,
            coalesce(e.currency_code, a.currency_code) as currency_code, coalesce(e.dimension, a.dimension) as dimension,
            coalesce(e.group_key, a.group_key) as group_key
     from expected e
     full join actual a using (period, starts_on, currency_code, dimension, group_key)
     where e.revenue is distinct from a.revenue or e.units is distinct from a.units or e.orders is distinct from a.orders
     limit 100`
  )
}
