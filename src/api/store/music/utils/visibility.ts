import type { MedusaRequest } from "@medusajs/framework/http"

/**
 * The sales channels of the request's publishable key: the store shows only
 * albums and tracks published in one of them (see the music module's
 * `sales_channel_ids` read model).
 */
export function storeChannels(req: MedusaRequest): string[] {
  return (req as any).publishable_key_context?.sales_channel_ids ?? []
}

/** A Query filter keeping albums or tracks visible in these channels. */
export function visibleIn(channels: string[]) {
  return { sales_channel_ids: { $overlap: channels } }
}
