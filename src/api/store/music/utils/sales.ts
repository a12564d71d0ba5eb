import type { MedusaContainer } from "@medusajs/framework/types"
import { OWNERSHIP_MODULE } from "../../../../modules/ownership"
import type OwnershipModuleService from "../../../../modules/ownership/service"

/*
 * Sales figures from our own sales ledger (the ownership module's sale_line
 * table, one row per sold order line, written when an order is placed and
 * reversed by cancellation and refunds): canceled and refunded lines never
 * count. Medusa's order tables are never read here.
 */
export type Sellers = { id: string; units: number; orders: number }[]

type SalesFilter = {
  since?: Date
  limit: number
  offset?: number
}

const ledger = (scope: MedusaContainer): OwnershipModuleService => scope.resolve(OWNERSHIP_MODULE)

/** Best-selling variants (one per track, or a full album) by units sold. */
export const topVariants = (scope: MedusaContainer, f: SalesFilter): Promise<Sellers> => ledger(scope).listTopSellers("variant_id", f)

/** Best-selling products (albums), counting any of their variants. */
export const topProducts = (scope: MedusaContainer, f: SalesFilter): Promise<Sellers> => ledger(scope).listTopSellers("product_id", f)

/** Products bought in the same orders as `productId`, by how many orders share them. */
export const coPurchasedProducts = (scope: MedusaContainer, productId: string, limit: number): Promise<Sellers> =>
  ledger(scope).listCoPurchasedProducts(productId, limit)
