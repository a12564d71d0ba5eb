import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { MUSIC_MODULE } from "../../../../../../modules/music"
import type MusicModuleService from "../../../../../../modules/music/service"
import { albumCards } from "../../../utils/album-card"
import { withOffers } from "../../../utils/album-offers"
import { resolveAlbumRef } from "../../../utils/album-ref"
import { albumsOfProducts } from "../../../utils/catalogue-links"
import { coPurchasedProducts } from "../../../utils/sales"
import type { StoreGetRelatedAlbumsParamsType } from "../../../validators"

type Reason = "bought_together" | "same_artist" | "same_genre"

/**
 * GET /store/music/albums/:id/related?limit=: "customers who bought this also
 * bought", from albums sharing orders with this one. A shelf with too few of
 * those is filled with the artist's other albums, then albums of its genres,
 * each marked with why it is there.
 */
export async function GET(req: MedusaRequest, res: MedusaResponse) {
  const { limit, region_id } = req.validatedQuery as StoreGetRelatedAlbumsParamsType
  const album = await resolveAlbumRef(req.scope, req.params.id)
  const picked = new Map<string, Reason>()
  const add = (ids: string[], reason: Reason) => {
    for (const id of ids) if (picked.size < limit && id !== album.id && !picked.has(id)) picked.set(id, reason)
  }

  if (album.product_id) {
    const together = await coPurchasedProducts(req.scope, album.product_id, limit)
    const albumOf = await albumsOfProducts(req.scope, together.map((p) => p.id))
    add(together.flatMap((p) => (albumOf.has(p.id) ? [albumOf.get(p.id)!] : [])), "bought_together")
  }
  if (picked.size < limit) {
    const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
    const music: MusicModuleService = req.scope.resolve(MUSIC_MODULE)
    const {
      data: [self],
    } = await query.graph({ entity: "album", fields: ["artist_id", "tracks.genre_id"], filters: { id: album.id } })
    const sameArtist = await music.listAlbums({ artist_id: self.artist_id }, { select: ["id"], order: { title: "ASC" } })
    add(sameArtist.map((a) => a.id), "same_artist")
    const genres = [...new Set((self.tracks ?? []).map((t: any) => t?.genre_id).filter(Boolean))] as string[]
    for (const genreId of genres) {
      if (picked.size >= limit) break
      add(await music.listAlbumIdsInGenre(genreId), "same_genre")
    }
  }

  const cards = await albumCards(req.scope, [...picked.keys()])
  const offered = await withOffers(req.scope, cards, region_id)
  res.json({ albums: offered.map((c) => ({ ...c, reason: picked.get(c.id)! })) })
}
