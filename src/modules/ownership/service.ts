import type { Context } from "@medusajs/framework/types"
import type { EntityManager } from "@medusajs/framework/mikro-orm/knex"
import { InjectManager, MedusaContext, MedusaService } from "@medusajs/framework/utils"
import { OwnedTrack } from "./models/owned-track"
import { SaleLine } from "./models/sale-line"

class OwnershipModuleService extends MedusaService({
  OwnedTrack,
  SaleLine,
}) {
  /**
   * Of these tracks (all when not given), those the customer owns now:
   * granted by an order and not taken back. Each id once.
   */
  @InjectManager()
  async listOwnedTrackIds(
    customerId: string,
    trackIds?: string[],
    @MedusaContext() sharedContext: Context<EntityManager> = {}
  ): Promise<string[]> {
    if (!customerId || (trackIds && !trackIds.length)) return []
    const knex = sharedContext.manager!.getKnex()
    const q = knex("owned_track")
      .distinct("track_id")
      .where({ customer_id: customerId })
      .whereNull("revoked_at")
      .whereNull("deleted_at")
    if (trackIds) q.whereIn("track_id", trackIds)
    const rows: { track_id: string }[] = await q
    return rows.map((r) => r.track_id)
  }
}

export default OwnershipModuleService
