import type { MedusaContainer } from "@medusajs/framework/types"
import { MedusaError } from "@medusajs/framework/utils"

/** The ownership module's registration key (src/modules/ownership). */
const OWNERSHIP_MODULE = "ownership"

type OwnershipReader = {
  listOwnedTrackIds(customerId: string, trackIds?: string[]): Promise<string[]>
}

/**
 * Of `trackIds`, those the customer owns now (ownership taken back by a
 * cancellation or refund no longer counts). The one place where downloads
 * and streams ask who may hear a full track.
 */
export async function ownedTrackIds(scope: MedusaContainer, customerId: string, trackIds: string[]): Promise<Set<string>> {
  if (!trackIds.length) return new Set()
  const ownership = scope.resolve(OWNERSHIP_MODULE, { allowUnregistered: true }) as OwnershipReader | undefined
  if (!ownership) {
    throw new MedusaError(MedusaError.Types.UNEXPECTED_STATE, "The ownership module is not registered: nobody owns anything.")
  }
  return new Set(await ownership.listOwnedTrackIds(customerId, trackIds))
}
