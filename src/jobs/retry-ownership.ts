import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { grantOwnershipWorkflow } from "../workflows/ownership/grant-ownership"
import { pendingOwnershipOrders } from "../workflows/ownership/utils/pending-orders"
import { ownershipRetryConfig } from "../workflows/ownership/utils/retry-config"

/**
 * Records the ownership of orders whose order.placed subscriber never did
 * (lost event, failed run), a few at a time, so nothing bought is lost.
 */
export default async function retryOwnership(container: MedusaContainer) {
  const logger = container.resolve(ContainerRegistrationKeys.LOGGER)
  const { days, settle_ms, batch } = ownershipRetryConfig(process.env)
  const pending = await pendingOwnershipOrders(container, { days, settle_ms, max: 1000 })
  for (let i = 0; i < pending.length; i += batch) {
    const order_ids = pending.slice(i, i + batch).map((o) => o.id)
    try {
      await grantOwnershipWorkflow(container).run({ input: { order_ids } })
      logger.info(`Ownership recorded late for ${order_ids.length} order(s): ${order_ids.join(", ")}`)
    } catch (e: any) {
      logger.error(`Ownership retry failed for ${order_ids.join(", ")}: ${e?.message ?? e}`)
    }
  }
}

export const config = {
  name: "retry-ownership",
  schedule: "*/5 * * * *",
}
