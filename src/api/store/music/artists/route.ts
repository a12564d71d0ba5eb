import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { musicService } from "../utils/music-service"
import { storeChannels } from "../utils/visibility"
import type { StoreGetArtistsParamsType } from "../validators"

/** GET /store/music/artists?q=: artists with albums on sale, by name; q matches any part of it. */
export async function GET(req: MedusaRequest, res: MedusaResponse) {
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const { q, limit, offset } = req.validatedQuery as StoreGetArtistsParamsType
  const { ids, count } = await musicService(req.scope).listVisibleArtistIds({ channels: storeChannels(req), q }, { limit, offset })
  const { data } = ids.length ? await query.graph({ entity: "artist", fields: req.queryConfig.fields, filters: { id: ids } }) : { data: [] }
  const byId = new Map(data.map((a: any) => [a.id, a]))
  res.json({ artists: ids.flatMap((id) => (byId.has(id) ? [byId.get(id)] : [])), count, offset, limit })
}
