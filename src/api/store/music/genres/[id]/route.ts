import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import { cardContext } from "../../utils/card-context"
import { albumCards } from "../../utils/cards"
import { musicService } from "../../utils/music-service"
import type { StoreGetGenreParamsType } from "../../validators"

/**
 * GET /store/music/genres/:id?limit=&offset=&region_id=: the genre and a page
 * of the albums with tracks in it that the store sells, by title.
 */
export async function GET(req: MedusaRequest, res: MedusaResponse) {
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const { limit, offset, region_id } = req.validatedQuery as StoreGetGenreParamsType
  const {
    data: [genre],
  } = await query.graph({ entity: "genre", fields: req.queryConfig.fields, filters: { id: req.params.id } })
  if (!genre) {
    throw new MedusaError(MedusaError.Types.NOT_FOUND, `Genre with id: ${req.params.id} was not found`)
  }
  const ctx = await cardContext(req, region_id)
  const { ids, count } = await musicService(req.scope).listVisibleAlbumIds({ channels: ctx.channels, genre_id: genre.id }, { limit, offset })
  res.json({ genre, albums: await albumCards(req.scope, ids, ctx), count, offset, limit })
}
