import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { MUSIC_MODULE } from "../../../../modules/music"
import type MusicModuleService from "../../../../modules/music/service"
import { albumCards, trackCards } from "../utils/album-card"
import { withOffers } from "../utils/album-offers"
import { albumsOfProducts, productIdsOfAlbums, tracksOfVariants, variantIdsOfTracks } from "../utils/catalogue-links"
import { assertKnownIds } from "../utils/known-id"
import { topProducts, topVariants } from "../utils/sales"
import type { StoreGetChartsParamsType } from "../validators"

const DAY = 24 * 60 * 60 * 1000

/**
 * GET /store/music/charts?genre_id=&days=&limit=: the best-selling albums and
 * tracks from real orders, over the last `days` days or all time.
 */
export async function GET(req: MedusaRequest, res: MedusaResponse) {
  const { genre_id, days, limit, region_id } = req.validatedQuery as StoreGetChartsParamsType
  await assertKnownIds(req.scope, { genre_id: { entity: "genre", id: genre_id } })
  const since = days ? new Date(Date.now() - days * DAY) : undefined

  let variantScope: string[] | undefined
  let productScope: string[] | undefined
  if (genre_id) {
    const music: MusicModuleService = req.scope.resolve(MUSIC_MODULE)
    const tracks = await music.listTracks({ genre_id }, { select: ["id", "album_id"], take: null })
    ;[variantScope, productScope] = await Promise.all([
      variantIdsOfTracks(req.scope, tracks.map((t) => t.id)),
      productIdsOfAlbums(req.scope, [...new Set(tracks.map((t) => t.album_id))]),
    ])
  }

  const albumChart = topProducts(req.scope, { since, within: productScope, limit }).then(async (products) => ({
    products,
    albumOf: await albumsOfProducts(req.scope, products.map((p) => p.id)),
  }))

  // Full-album variants sell too, but are not tracks: ask for more variants
  // than needed, and for more again while full albums crowd the tracks out.
  let variants: Awaited<ReturnType<typeof topVariants>> = []
  let trackOf = new Map<string, string>()
  for (let asked = limit * 2; ; asked *= 4) {
    variants = await topVariants(req.scope, { since, within: variantScope, limit: asked })
    trackOf = await tracksOfVariants(req.scope, variants.map((v) => v.id))
    if (trackOf.size >= limit || variants.length < asked) break
  }
  const trackSales = variants.filter((v) => trackOf.has(v.id)).slice(0, limit)
  const { products, albumOf } = await albumChart
  const albumSales = products.filter((p) => albumOf.has(p.id))
  const [tracks, albums] = await Promise.all([
    trackCards(req.scope, trackSales.map((v) => trackOf.get(v.id)!)),
    albumCards(req.scope, albumSales.map((p) => albumOf.get(p.id)!)),
  ])

  const albumFigures = new Map(albumSales.map((p) => [albumOf.get(p.id)!, p]))
  const trackFigures = new Map(trackSales.map((v) => [trackOf.get(v.id)!, v]))
  res.json({
    days: days ?? null,
    genre_id: genre_id ?? null,
    albums: (await withOffers(req.scope, albums, region_id)).map((a, i) => {
      const { units, orders } = albumFigures.get(a.id)!
      return { rank: i + 1, ...a, units, orders }
    }),
    tracks: tracks.map((t, i) => ({ rank: i + 1, ...t, units: trackFigures.get(t.id)!.units })),
  })
}
