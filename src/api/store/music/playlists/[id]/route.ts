import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import { PLAYLISTS_MODULE } from "../../../../../modules/playlists"
import type PlaylistsModuleService from "../../../../../modules/playlists/service"
import { cardContext } from "../../utils/card-context"
import { trackCards } from "../../utils/cards"
import type { StoreGetPlaylistParamsType } from "../../validators"

/**
 * GET /store/music/playlists/:id?limit=&offset=&region_id=: an editorial
 * playlist and a page of its entries in order, each a track card. Tracks the
 * store does not sell (now) are left out of the page; `count` counts entries.
 */
export async function GET(req: MedusaRequest, res: MedusaResponse) {
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const playlists: PlaylistsModuleService = req.scope.resolve(PLAYLISTS_MODULE)
  const { limit, offset, region_id } = req.validatedQuery as StoreGetPlaylistParamsType
  const {
    data: [playlist],
  } = await query.graph({
    entity: "playlist",
    fields: req.queryConfig.fields,
    filters: { id: req.params.id, editorial: true, visibility: "public" },
  })
  if (!playlist) {
    throw new MedusaError(MedusaError.Types.NOT_FOUND, `Playlist with id: ${req.params.id} was not found`)
  }
  const [entries, count] = await playlists.listAndCountPlaylistTracks(
    { playlist_id: playlist.id },
    { select: ["track_id", "position"], order: { position: "ASC" }, take: limit, skip: offset }
  )
  const cards = await trackCards(req.scope, entries.map((e) => e.track_id), await cardContext(req, region_id))
  const byId = new Map(cards.map((t) => [t.id, t]))
  res.json({
    playlist: {
      ...playlist,
      tracks: entries.flatMap((e) => (byId.has(e.track_id) ? [{ position: e.position, ...byId.get(e.track_id)! }] : [])),
      count,
      offset,
      limit,
    },
  })
}
