import type { MedusaContainer } from "@medusajs/framework/types"
import { deliverDigitalOrderWorkflow, type DeliverDigitalOrderResult } from "./deliver-digital-order"

/**
 * Delivers many orders (the import's history), a few at a time: each order is
 * its own workflow run, so one that fails stops only itself and a re-run
 * finishes what is left.
 */
export async function deliverDigitalOrders(
  container: MedusaContainer,
  orderIds: string[],
  concurrency = 4
): Promise<DeliverDigitalOrderResult[]> {
  const results: DeliverDigitalOrderResult[] = []
  let next = 0
  const worker = async () => {
    while (next < orderIds.length) {
      const order_id = orderIds[next++]
      const { result } = await deliverDigitalOrderWorkflow(container).run({ input: { order_id } })
      results.push(result)
    }
  }
  await Promise.all(Array.from({ length: Math.min(concurrency, orderIds.length) }, worker))
  return results
}
