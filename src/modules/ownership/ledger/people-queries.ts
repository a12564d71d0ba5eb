import type { Knex } from "@medusajs/framework/mikro-orm/knex"

/*
 * Ledger figures about people: what a customer spent and owns, what each
 * support rep's customers bought. Every line counts here, canceled and
 * refunded ones included, with what was taken back subtracted (`net`): that
 * is what the customers finally paid. `gross` is what was sold before any
 * reversal. Sums are numeric in SQL, so exact to the cent.
 */

export type Spend = { currency_code: string; orders: number; lines: number; gross: number; net: number }
export type CustomerSpend = Spend & { customer_id: string }
export type RepSales = Spend & { support_rep_id: string; customers: number }
export type OwnedCounts = { tracks: number; albums: number }

const rows = async (db: Knex, sql: string, params: Record<string, unknown>) =>
  ((await db.raw(sql, params as any)) as unknown as { rows: any[] }).rows

const money = (r: any) => ({ ...r, gross: Number(r.gross), net: Number(r.net) })

/** Customers' lifetime spend, per customer and currency. */
export async function customersSpend(db: Knex, customerIds: string[]): Promise<CustomerSpend[]> {
  if (!customerIds.length) return []
  const found = await rows(
    db,
    `select customer_id, currency_code, count(distinct order_id)::int as orders, count(*)::int as lines,
            sum(amount)::text as gross, sum(amount - reversed_amount)::text as net
     from sale_line
     where customer_id = any(:ids) and deleted_at is null
     group by customer_id, currency_code
     order by customer_id, currency_code`,
    { ids: customerIds }
  )
  return found.map(money)
}

/** How many tracks, and of how many albums, the customer owns now. */
export async function ownedCounts(db: Knex, customerId: string): Promise<OwnedCounts> {
  const [r] = await rows(
    db,
    `select count(distinct track_id)::int as tracks, count(distinct album_id)::int as albums
     from owned_track
     where customer_id = :customer and revoked_at is null and deleted_at is null`,
    { customer: customerId }
  )
  return { tracks: r?.tracks ?? 0, albums: r?.albums ?? 0 }
}

/**
 * Sales per support rep (the rep recorded on each line when it was sold),
 * per currency; for these reps, or every rep with a sale.
 */
export async function repSales(db: Knex, repIds?: string[]): Promise<RepSales[]> {
  if (repIds && !repIds.length) return []
  const found = await rows(
    db,
    `select support_rep_id, currency_code, count(distinct order_id)::int as orders,
            count(distinct customer_id)::int as customers, count(*)::int as lines,
            sum(amount)::text as gross, sum(amount - reversed_amount)::text as net
     from sale_line
     where deleted_at is null and support_rep_id is not null ${repIds ? "and support_rep_id = any(:ids)" : ""}
     group by support_rep_id, currency_code
     order by support_rep_id, currency_code`,
    repIds ? { ids: repIds } : {}
  )
  return found.map(money)
}

export type RepSalesByYear = { support_rep_id: string; year: number; currency_code: string; orders: number; net: number }

/** One rep's sales per calendar year (UTC) of sale, net of reversals. */
export async function repSalesByYear(db: Knex, repId: string): Promise<RepSalesByYear[]> {
  const found = await rows(
    db,
    `select support_rep_id, extract(year from sold_at at time zone 'UTC')::int as year, currency_code,
            count(distinct order_id)::int as orders, sum(amount - reversed_amount)::text as net
     from sale_line
     where deleted_at is null and support_rep_id = :rep
     group by support_rep_id, year, currency_code
     order by year, currency_code`,
    { rep: repId }
  )
  return found.map((r) => ({ ...r, net: Number(r.net) }))
}
