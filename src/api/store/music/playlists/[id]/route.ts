import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import { PLAYLISTS_MODULE } from "../../../../../modules/playlists"
import type PlaylistsModuleService from "../../../../../modules/playlists/service"
import type { StoreGetPlaylistParamsType } from "../../validators"

/**
 * GET /store/music/playlists/:id?limit=&offset=: an editorial playlist and a
 * page of its tracks in playlist order, each with album, artist and variant.
 */
export async function GET(req: MedusaRequest, res: MedusaResponse) {
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const playlists: PlaylistsModuleService = req.scope.resolve(PLAYLISTS_MODULE)
  const { limit, offset } = req.validatedQuery as StoreGetPlaylistParamsType
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
  const { data: tracks } = entries.length
    ? await query.graph({
        entity: "track",
        fields: ["id", "name", "milliseconds", "composer", "album.id", "album.title", "album.cover_url", "album.product.handle", "album.artist.id", "album.artist.name", "product_variant.id"],
        filters: { id: entries.map((e) => e.track_id) },
      })
    : { data: [] }
  const byId = new Map(tracks.map((t: any) => [t.id, t]))
  res.json({
    playlist: {
      ...playlist,
      tracks: entries.map((e) => ({ position: e.position, ...byId.get(e.track_id) })),
      count,
      offset,
      limit,
    },
  })
}
