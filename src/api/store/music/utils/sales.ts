import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"

/*
 * Sales figures straight from Medusa's order tables. Query can fetch orders
 * but not group or count them, and a chart over every order line must not
 * load them all into the server; so these are read-only aggregates in SQL.
 * An order counts once placed and until cancelled; each order's current
 * version holds its items.
 */
const SOLD_LINES = `
  from "order" o
  join order_item oi on oi.order_id = o.id and oi.version = o.version and oi.deleted_at is null
  join order_line_item li on li.id = oi.item_id and li.deleted_at is null
  where o.deleted_at is null and o.canceled_at is null and o.is_draft_order = false
    and o.status not in ('canceled', 'draft')`

export type Sellers = { id: string; units: number; orders: number }[]

type SalesFilter = {
  since?: Date
  limit: number
  offset?: number
}

async function top(scope: MedusaContainer, column: "variant_id" | "product_id", f: SalesFilter): Promise<Sellers> {
  const pg = scope.resolve(ContainerRegistrationKeys.PG_CONNECTION)
  const { rows } = await pg.raw(
    `select li.${column} as id, sum(oi.quantity)::int as units, count(distinct o.id)::int as orders
     ${SOLD_LINES}
       and li.${column} is not null
       and (:since::timestamptz is null or o.created_at >= :since::timestamptz)
     group by li.${column}
     order by units desc, orders desc, li.${column}
     limit :limit offset :offset`,
    { since: f.since ?? null, limit: f.limit, offset: f.offset ?? 0 }
  )
  return rows
}

/** Best-selling variants (one per track, or a full album) by units sold. */
export const topVariants = (scope: MedusaContainer, f: SalesFilter) => top(scope, "variant_id", f)

/** Best-selling products (albums), counting any of their variants. */
export const topProducts = (scope: MedusaContainer, f: SalesFilter) => top(scope, "product_id", f)

const BASKETS = 1000

/** Products bought in the same orders as `productId`, by how many orders share them. */
export async function coPurchasedProducts(scope: MedusaContainer, productId: string, limit: number): Promise<Sellers> {
  const pg = scope.resolve(ContainerRegistrationKeys.PG_CONNECTION)
  const { rows } = await pg.raw(
    // The most recent orders holding the product are enough to know its
    // company; a best seller's thousands of orders are not all read.
    `with baskets as (
       select o.id ${SOLD_LINES} and li.product_id = :product
       group by o.id order by max(o.created_at) desc limit ${BASKETS})
     select li.product_id as id, count(distinct o.id)::int as orders, sum(oi.quantity)::int as units
     ${SOLD_LINES}
       and o.id in (select id from baskets)
       and li.product_id is not null and li.product_id <> :product
     group by li.product_id
     order by orders desc, units desc, li.product_id
     limit :limit`,
    { product: productId, limit }
  )
  return rows
}
