import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import { MUSIC_MODULE } from "../../../../../modules/music"
import type MusicModuleService from "../../../../../modules/music/service"
import { albumSummaryFields } from "../../query-config"
import { withOffers } from "../../utils/album-offers"
import type { StoreGetGenreParamsType } from "../../validators"

/** GET /store/music/genres/:id?region_id=: the genre and the albums that have tracks in it. */
export async function GET(req: MedusaRequest, res: MedusaResponse) {
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const music: MusicModuleService = req.scope.resolve(MUSIC_MODULE)
  const {
    data: [genre],
  } = await query.graph({ entity: "genre", fields: req.queryConfig.fields, filters: { id: req.params.id } })
  if (!genre) {
    throw new MedusaError(MedusaError.Types.NOT_FOUND, `Genre with id: ${req.params.id} was not found`)
  }
  const albumIds = await music.listAlbumIdsInGenre(genre.id)
  const { data: albums } = albumIds.length
    ? await query.graph({
        entity: "album",
        fields: [...albumSummaryFields, "artist.id", "artist.name"],
        filters: { id: albumIds },
        pagination: { order: { title: "ASC" } },
      })
    : { data: [] }
  const { region_id } = req.validatedQuery as StoreGetGenreParamsType
  res.json({ genre: { ...genre, albums: await withOffers(req.scope, albums, region_id) } })
}
