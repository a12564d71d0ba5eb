import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { cardContext } from "../utils/card-context"
import { trackCards } from "../utils/cards"
import { project } from "../utils/fields"
import { assertKnownIds } from "../utils/known-id"
import { musicService } from "../utils/music-service"
import type { StoreGetTracksParamsType } from "../validators"

/**
 * GET /store/music/tracks?q=&genre_id=&album_id=&artist_id=&media_type_id=&region_id=:
 * a page of the tracks on sale, as track cards; an album's in running order.
 */
export async function GET(req: MedusaRequest, res: MedusaResponse) {
  const { q, genre_id, album_id, artist_id, media_type_id, region_id, limit, offset, fields } =
    req.validatedQuery as StoreGetTracksParamsType
  await assertKnownIds(req.scope, {
    genre_id: { entity: "genre", id: genre_id },
    album_id: { entity: "album", id: album_id },
    artist_id: { entity: "artist", id: artist_id },
    media_type_id: { entity: "media_type", id: media_type_id },
  })
  const ctx = await cardContext(req, region_id)
  const { ids, count } = await musicService(req.scope).listVisibleTrackIds(
    { channels: ctx.channels, q, genre_id, album_id, artist_id, media_type_id },
    { limit, offset }
  )
  const tracks = await trackCards(req.scope, ids, ctx)
  res.json({ tracks: fields ? project(tracks, req.queryConfig.fields) : tracks, count, offset, limit })
}
