import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { TtlCache } from "../../../../lib/ttl-cache"
import { MUSIC_MODULE } from "../../../../modules/music"
import type MusicModuleService from "../../../../modules/music/service"
import { albumOffers } from "../utils/album-offers"
import type { StoreMusicSearchParamsType } from "../validators"

// Search runs on every keystroke; the handle of an album's product and the
// variant of a track change only when staff rework the catalogue, so they are
// kept for a minute instead of being fetched across modules each time.
const albumHandles = new TtlCache<string | null>(60_000, 50_000)
const trackVariants = new TtlCache<string | null>(60_000, 50_000)

/**
 * GET /store/music/search?q=&limit=: artists, albums and tracks for a search
 * box, best first, tolerant of typos, accents and half-typed words.
 */
export async function GET(req: MedusaRequest, res: MedusaResponse) {
  const { q, limit, region_id } = req.validatedQuery as StoreMusicSearchParamsType
  const music: MusicModuleService = req.scope.resolve(MUSIC_MODULE)
  const hits = await music.search(q, limit)

  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const [handles, variants, offers] = await Promise.all([
    albumHandles.getMany([...hits.albums.map((a) => a.id), ...hits.tracks.map((t) => t.album.id)], async (ids) => {
      const { data } = await query.graph({ entity: "album", fields: ["id", "product.handle"], filters: { id: ids } })
      return new Map(data.map((a: any): [string, string | null] => [a.id, a.product?.handle ?? null]))
    }),
    trackVariants.getMany(
      hits.tracks.map((t) => t.id),
      async (ids) => {
        const { data } = await query.graph({ entity: "track", fields: ["id", "product_variant.id"], filters: { id: ids } })
        return new Map(data.map((t: any): [string, string | null] => [t.id, t.product_variant?.id ?? null]))
      }
    ),
    // Prices only for a results page that asks (with region_id); suggestions need none.
    region_id ? albumOffers(req.scope, hits.albums.map((a) => a.id), region_id) : undefined,
  ])

  res.json({
    q,
    artists: hits.artists,
    albums: hits.albums.map((a) => ({ ...a, handle: handles.get(a.id) ?? null, ...offers?.get(a.id) })),
    tracks: hits.tracks.map((t) => ({
      ...t,
      variant_id: variants.get(t.id) ?? null,
      album: { ...t.album, handle: handles.get(t.album.id) ?? null },
    })),
  })
}
