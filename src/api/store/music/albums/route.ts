import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { cardContext } from "../utils/card-context"
import { albumCards } from "../utils/cards"
import { project } from "../utils/fields"
import { assertKnownIds } from "../utils/known-id"
import { musicService } from "../utils/music-service"
import type { StoreGetAlbumsParamsType } from "../validators"

/**
 * GET /store/music/albums?artist_id=&genre_id=&q=&order=&region_id=: a page of
 * the albums on sale, as album cards.
 */
export async function GET(req: MedusaRequest, res: MedusaResponse) {
  const { q, artist_id, genre_id, order, region_id, limit, offset, fields } = req.validatedQuery as StoreGetAlbumsParamsType
  await assertKnownIds(req.scope, {
    artist_id: { entity: "artist", id: artist_id },
    genre_id: { entity: "genre", id: genre_id },
  })
  const ctx = await cardContext(req, region_id)
  const { ids, count } = await musicService(req.scope).listVisibleAlbumIds(
    { channels: ctx.channels, q, artist_id, genre_id, order },
    { limit, offset }
  )
  const albums = await albumCards(req.scope, ids, ctx)
  res.json({ albums: fields ? project(albums, req.queryConfig.fields) : albums, count, offset, limit })
}
