import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { MUSIC_MODULE } from "../../../../modules/music"
import type MusicModuleService from "../../../../modules/music/service"
import { containsFilter } from "../utils/ilike"
import { withOffers } from "../utils/album-offers"
import { assertKnownIds } from "../utils/known-id"
import type { StoreGetAlbumsParamsType } from "../validators"

/**
 * GET /store/music/albums?artist_id=&genre_id=&q=&order=&region_id=: albums
 * with artist, cover, track count and, given a region, the full album's price.
 */
export async function GET(req: MedusaRequest, res: MedusaResponse) {
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const { q, artist_id, genre_id, order, region_id } = req.validatedQuery as StoreGetAlbumsParamsType
  await assertKnownIds(req.scope, {
    artist_id: { entity: "artist", id: artist_id },
    genre_id: { entity: "genre", id: genre_id },
  })
  const filters: Record<string, unknown> = {}
  if (q) filters.title = containsFilter(q)
  if (artist_id) filters.artist_id = artist_id
  if (genre_id) {
    const music: MusicModuleService = req.scope.resolve(MUSIC_MODULE)
    filters.id = await music.listAlbumIdsInGenre(genre_id)
  }
  const [field, direction] = order.startsWith("-") ? [order.slice(1), "DESC"] : [order, "ASC"]
  const { data: albums, metadata } = await query.graph({
    entity: "album",
    fields: req.queryConfig.fields,
    filters,
    pagination: { ...req.queryConfig.pagination, order: { [field]: direction } },
  })
  res.json({ albums: await withOffers(req.scope, albums, region_id), count: metadata!.count, offset: metadata!.skip, limit: metadata!.take })
}
