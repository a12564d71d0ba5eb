import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import { cardContext } from "../../utils/card-context"
import { albumCards } from "../../utils/cards"
import { musicService } from "../../utils/music-service"
import type { StoreGetArtistParamsType } from "../../validators"

/** GET /store/music/artists/:id?limit=&offset=: the artist and a page of their albums on sale, by title. */
export async function GET(req: MedusaRequest, res: MedusaResponse) {
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const { limit, offset, region_id } = req.validatedQuery as StoreGetArtistParamsType
  const {
    data: [artist],
  } = await query.graph({ entity: "artist", fields: req.queryConfig.fields, filters: { id: req.params.id } })
  const ctx = await cardContext(req, region_id)
  const page = artist
    ? await musicService(req.scope).listVisibleAlbumIds({ channels: ctx.channels, artist_id: artist.id }, { limit, offset })
    : undefined
  // An artist with nothing on sale has no page in the store.
  if (!artist || !page?.count) {
    throw new MedusaError(MedusaError.Types.NOT_FOUND, `Artist with id: ${req.params.id} was not found`)
  }
  res.json({ artist, albums: await albumCards(req.scope, page.ids, ctx), count: page.count, offset, limit })
}
