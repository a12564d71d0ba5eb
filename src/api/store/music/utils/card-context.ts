import type { MedusaRequest } from "@medusajs/framework/http"
import type { CardContext } from "./cards"
import { pricingContextOf } from "./pricing"
import { storeChannels } from "./visibility"

/** What every card of this request depends on: the key's sales channels and, given a region, the pricing context. */
export async function cardContext(req: MedusaRequest, regionId?: string): Promise<CardContext> {
  return { channels: storeChannels(req), pricing: await pricingContextOf(req, regionId) }
}
