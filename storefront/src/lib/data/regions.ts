import "server-only"
import { requireStoreConfig } from "../config"
import { getSdk } from "../sdk"

// The default region rarely changes: look it up at most once a minute.
const DEFAULT_REGION_TTL_MS = 60_000
let defaultRegion: { backendUrl: string; id: string; at: number } | undefined

/**
 * The region whose prices the store shows: MEDUSA_REGION_ID when set,
 * otherwise the first region the Store API lists.
 */
export async function getRegionId(): Promise<string> {
  const { regionId, backendUrl } = requireStoreConfig()
  if (regionId) {
    return regionId
  }
  if (defaultRegion?.backendUrl === backendUrl && Date.now() - defaultRegion.at < DEFAULT_REGION_TTL_MS) {
    return defaultRegion.id
  }
  const { regions } = await getSdk().store.region.list({ limit: 1, fields: "id" })
  if (!regions.length) {
    throw new Error("The store has no region: create one in the admin or run `npm start` at the repository root.")
  }
  defaultRegion = { backendUrl, id: regions[0].id, at: Date.now() }
  return regions[0].id
}
