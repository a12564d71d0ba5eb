import type { MedusaContainer } from "@medusajs/framework/types"
import { OWNERSHIP_MODULE } from "../../modules/ownership"
import type OwnershipModuleService from "../../modules/ownership/service"
import { grantOwnershipWorkflow } from "./grant-ownership"

/**
 * Records ownership and ledger rows for those of these orders that have
 * none yet, `batch` orders per workflow run: what the import does for
 * orders created outside a cart (no order.placed). Returns how many orders
 * it recorded.
 */
export async function recordMissingOwnership(container: MedusaContainer, orderIds: string[], batch = 100): Promise<number> {
  if (!orderIds.length) return 0
  const ownership: OwnershipModuleService = container.resolve(OWNERSHIP_MODULE)
  const recorded = new Set<string>()
  for (let i = 0; i < orderIds.length; i += 5000) {
    for (const id of await ownership.listRecordedOrderIds(orderIds.slice(i, i + 5000))) recorded.add(id)
  }
  const todo = orderIds.filter((id) => !recorded.has(id))
  for (let i = 0; i < todo.length; i += batch) {
    await grantOwnershipWorkflow(container).run({ input: { order_ids: todo.slice(i, i + batch) } })
  }
  return todo.length
}
