import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import { resolveAlbumRef } from "../../../utils/album-ref"
import { cardContext } from "../../../utils/card-context"
import { albumCards } from "../../../utils/cards"
import { albumsOfProducts } from "../../../utils/catalogue-links"
import { musicService } from "../../../utils/music-service"
import { coPurchasedProducts } from "../../../utils/sales"
import type { StoreGetRelatedAlbumsParamsType } from "../../../validators"

type Reason = "bought_together" | "same_artist" | "same_genre"

// Genres looked into to fill a short shelf; an album rarely spans more.
const MAX_GENRES = 3

/**
 * GET /store/music/albums/:id/related?limit=: "customers who bought this also
 * bought", from albums sharing orders with this one. A shelf with too few of
 * those is filled with the artist's other albums, then albums of its genres,
 * each marked with why it is there; only albums on sale, and a bounded read.
 */
export async function GET(req: MedusaRequest, res: MedusaResponse) {
  const { limit, region_id } = req.validatedQuery as StoreGetRelatedAlbumsParamsType
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const music = musicService(req.scope)
  const albumId = await resolveAlbumRef(req.scope, req.params.id)
  const ctx = await cardContext(req, region_id)
  const [self] = albumId ? await music.filterVisibleAlbumIds(ctx.channels, [albumId]) : []
  if (!self) {
    throw new MedusaError(MedusaError.Types.NOT_FOUND, `Album with id or handle: ${req.params.id} was not found`)
  }
  const {
    data: [album],
  } = await query.graph({ entity: "album", fields: ["id", "artist_id", "product.id", "tracks.genre_id"], filters: { id: self } })

  const picked = new Map<string, Reason>()
  const add = async (ids: string[], reason: Reason) => {
    const shown = await music.filterVisibleAlbumIds(ctx.channels, ids.filter((id) => id !== self && !picked.has(id)))
    for (const id of shown) if (picked.size < limit) picked.set(id, reason)
  }
  if (album.product?.id) {
    // Asked for more than needed: some may not be on sale in this channel.
    const together = await coPurchasedProducts(req.scope, album.product.id, limit * 2)
    const albumOf = await albumsOfProducts(req.scope, together.map((p) => p.id))
    await add(together.flatMap((p) => (albumOf.has(p.id) ? [albumOf.get(p.id)!] : [])), "bought_together")
  }
  const page = { limit: limit + 1, offset: 0 }
  if (picked.size < limit) {
    const { ids } = await music.listVisibleAlbumIds({ channels: ctx.channels, artist_id: album.artist_id }, page)
    await add(ids, "same_artist")
  }
  const genres = [...new Set((album.tracks ?? []).map((t: any) => t?.genre_id).filter(Boolean))].slice(0, MAX_GENRES) as string[]
  for (const genre_id of genres) {
    if (picked.size >= limit) break
    const { ids } = await music.listVisibleAlbumIds({ channels: ctx.channels, genre_id }, { limit: limit + picked.size + 1, offset: 0 })
    await add(ids, "same_genre")
  }

  const cards = await albumCards(req.scope, [...picked.keys()], ctx)
  res.json({ albums: cards.map((c) => ({ ...c, reason: picked.get(c.id)! })) })
}
