import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import { TtlCache } from "../../../../lib/ttl-cache"

// A region's currency practically never changes, and every priced album page
// needs it: remembered for a minute per server.
const currencies = new TtlCache<string | null>(60_000, 100)

/** The currency of the region, or 400 naming `region_id` when there is no such region. */
export async function regionCurrency(scope: MedusaContainer, regionId: string): Promise<string> {
  const currency = await currencies.get(regionId, async () => {
    const query = scope.resolve(ContainerRegistrationKeys.QUERY)
    const { data } = await query.graph({ entity: "region", fields: ["currency_code"], filters: { id: regionId } })
    return data[0]?.currency_code ?? null
  })
  if (!currency) {
    currencies.delete(regionId)
    throw new MedusaError(MedusaError.Types.INVALID_DATA, `region_id: no region with id ${regionId}`)
  }
  return currency
}
