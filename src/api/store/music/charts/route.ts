import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { cardContext } from "../utils/card-context"
import { albumCards, trackCards } from "../utils/cards"
import { albumsOfProducts, tracksOfVariants } from "../utils/catalogue-links"
import { assertKnownIds } from "../utils/known-id"
import { musicService } from "../utils/music-service"
import { firstKept } from "../utils/ranked"
import { topProducts, topVariants } from "../utils/sales"
import type { StoreGetChartsParamsType } from "../validators"

const DAY = 24 * 60 * 60 * 1000

/**
 * GET /store/music/charts?genre_id=&days=&limit=&region_id=: the best-selling
 * albums and tracks on sale, from real orders, over the last `days` days or
 * all time. The rankings are read a page at a time until `limit` of them are
 * on sale (and in the genre), and never past a bounded depth.
 */
export async function GET(req: MedusaRequest, res: MedusaResponse) {
  const { genre_id, days, limit, region_id } = req.validatedQuery as StoreGetChartsParamsType
  await assertKnownIds(req.scope, { genre_id: { entity: "genre", id: genre_id } })
  const since = days ? new Date(Date.now() - days * DAY) : undefined
  const music = musicService(req.scope)
  const ctx = await cardContext(req, region_id)

  const [albumSales, trackSales] = await Promise.all([
    firstKept(
      (offset, size) => topProducts(req.scope, { since, limit: size, offset }),
      async (batch) => {
        const albumOf = await albumsOfProducts(req.scope, batch.map((p) => p.id))
        const candidates = batch.flatMap((p) => (albumOf.has(p.id) ? [{ ...p, album_id: albumOf.get(p.id)! }] : []))
        const kept = new Set(await music.filterVisibleAlbumIds(ctx.channels, candidates.map((c) => c.album_id), genre_id))
        return candidates.filter((c) => kept.has(c.album_id))
      },
      limit
    ),
    // Full-album variants sell too, but are not tracks: they drop out here.
    firstKept(
      (offset, size) => topVariants(req.scope, { since, limit: size, offset }),
      async (batch) => {
        const trackOf = await tracksOfVariants(req.scope, batch.map((v) => v.id))
        const candidates = batch.flatMap((v) => (trackOf.has(v.id) ? [{ ...v, track_id: trackOf.get(v.id)! }] : []))
        const kept = new Set(await music.filterVisibleTrackIds(ctx.channels, candidates.map((c) => c.track_id), genre_id))
        return candidates.filter((c) => kept.has(c.track_id))
      },
      limit
    ),
  ])
  const [albums, tracks] = await Promise.all([
    albumCards(req.scope, albumSales.map((a) => a.album_id), ctx),
    trackCards(req.scope, trackSales.map((t) => t.track_id), ctx),
  ])
  const albumFigures = new Map(albumSales.map((a) => [a.album_id, a]))
  const trackFigures = new Map(trackSales.map((t) => [t.track_id, t]))
  res.json({
    days: days ?? null,
    genre_id: genre_id ?? null,
    albums: albums.map((a, i) => ({ rank: i + 1, ...a, units: albumFigures.get(a.id)!.units, orders: albumFigures.get(a.id)!.orders })),
    tracks: tracks.map((t, i) => ({ rank: i + 1, ...t, units: trackFigures.get(t.id)!.units })),
  })
}
