import type { Knex } from "@medusajs/framework/mikro-orm/knex"

/*
 * Aggregates over the ledger. A line counts while `sold` (a partial refund
 * leaves it sold); canceled and refunded lines are out of every figure.
 */
export type Sellers = { id: string; units: number; orders: number }[]

export type SalesFilter = {
  since?: Date
  limit: number
  offset?: number
}

const rows = async (db: Knex, sql: string, params: Record<string, unknown>) =>
  ((await db.raw(sql, params as any)) as unknown as { rows: any[] }).rows

export async function recordedOrderIds(db: Knex, orderIds: string[]): Promise<string[]> {
  if (!orderIds.length) return []
  const found: { order_id: string }[] = await db("sale_line").distinct("order_id").whereIn("order_id", orderIds).whereNull("deleted_at")
  return found.map((r) => r.order_id)
}

export async function topSellers(db: Knex, by: "variant_id" | "product_id", f: SalesFilter): Promise<Sellers> {
  const column = by === "variant_id" ? "variant_id" : "product_id"
  return rows(
    db,
    `select ${column} as id, sum(quantity)::int as units, count(distinct order_id)::int as orders
     from sale_line
     where status = 'sold' and deleted_at is null and ${column} is not null
       and (:since::timestamptz is null or sold_at >= :since::timestamptz)
     group by ${column}
     order by units desc, orders desc, ${column}
     limit :limit offset :offset`,
    { since: f.since ?? null, limit: f.limit, offset: f.offset ?? 0 }
  )
}

// The most recent orders holding the product are enough to know its company;
// a best seller's thousands of orders are not all read.
const BASKETS = 1000

export async function coPurchasedProducts(db: Knex, productId: string, limit: number): Promise<Sellers> {
  return rows(
    db,
    `with baskets as (
       select order_id from sale_line
       where product_id = :product and status = 'sold' and deleted_at is null
       group by order_id order by max(sold_at) desc limit ${BASKETS})
     select s.product_id as id, count(distinct s.order_id)::int as orders, sum(s.quantity)::int as units
     from sale_line s join baskets b on b.order_id = s.order_id
     where s.status = 'sold' and s.deleted_at is null and s.product_id is not null and s.product_id <> :product
     group by s.product_id
     order by orders desc, units desc, s.product_id
     limit :limit`,
    { product: productId, limit }
  )
}

export type OrderLedger = { order_id: string; lines: number; currency_code: string; gross: number; net: number }

/** Per order (these, or all): ledger lines, amounts sold (gross) and kept (net of reversals), exact to the cent. */
export async function orderLedgers(db: Knex, orderIds?: string[]): Promise<OrderLedger[]> {
  if (orderIds && !orderIds.length) return []
  const found = await rows(
    db,
    `select order_id, count(*)::int as lines, min(currency_code) as currency_code,
            sum(amount)::text as gross, sum(amount - reversed_amount)::text as net
     from sale_line
     where deleted_at is null ${orderIds ? "and order_id = any(:ids)" : ""}
     group by order_id
     order by order_id`,
    orderIds ? { ids: orderIds } : {}
  )
  return found.map((r) => ({ ...r, gross: Number(r.gross), net: Number(r.net) }))
}
