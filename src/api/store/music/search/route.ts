import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { MUSIC_MODULE } from "../../../../modules/music"
import type MusicModuleService from "../../../../modules/music/service"
import type { StoreMusicSearchParamsType } from "../validators"

/**
 * GET /store/music/search?q=&limit=: artists, albums and tracks for a search
 * box, best first, tolerant of typos, accents and half-typed words.
 */
export async function GET(req: MedusaRequest, res: MedusaResponse) {
  const { q, limit } = req.validatedQuery as StoreMusicSearchParamsType
  const music: MusicModuleService = req.scope.resolve(MUSIC_MODULE)
  const hits = await music.search(q, limit)

  // What the storefront links to and sells: album handles and track variants.
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const albumIds = [...new Set([...hits.albums.map((a) => a.id), ...hits.tracks.map((t) => t.album.id)])]
  const [albums, tracks] = await Promise.all([
    albumIds.length
      ? query.graph({ entity: "album", fields: ["id", "product.handle"], filters: { id: albumIds } })
      : { data: [] },
    hits.tracks.length
      ? query.graph({ entity: "track", fields: ["id", "product_variant.id"], filters: { id: hits.tracks.map((t) => t.id) } })
      : { data: [] },
  ])
  const handles = new Map<string, string | null>(albums.data.map((a: any): [string, string | null] => [a.id, a.product?.handle ?? null]))
  const variants = new Map<string, string | null>(tracks.data.map((t: any): [string, string | null] => [t.id, t.product_variant?.id ?? null]))

  res.json({
    q,
    artists: hits.artists,
    albums: hits.albums.map((a) => ({ ...a, handle: handles.get(a.id) ?? null })),
    tracks: hits.tracks.map((t) => ({
      ...t,
      variant_id: variants.get(t.id) ?? null,
      album: { ...t.album, handle: handles.get(t.album.id) ?? null },
    })),
  })
}
