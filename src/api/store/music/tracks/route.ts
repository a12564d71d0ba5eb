import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { MUSIC_MODULE } from "../../../../modules/music"
import type MusicModuleService from "../../../../modules/music/service"
import { containsFilter } from "../utils/ilike"
import { assertKnownIds } from "../utils/known-id"
import { trackWithVariant } from "../utils/track-variant"
import type { StoreGetTracksParamsType } from "../validators"

/**
 * GET /store/music/tracks?q=&genre_id=&album_id=&artist_id=&media_type_id=: tracks with
 * album, artist, genre and the variant that sells each one.
 */
export async function GET(req: MedusaRequest, res: MedusaResponse) {
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const { q, genre_id, album_id, artist_id, media_type_id } = req.validatedQuery as StoreGetTracksParamsType
  await assertKnownIds(req.scope, {
    genre_id: { entity: "genre", id: genre_id },
    album_id: { entity: "album", id: album_id },
    artist_id: { entity: "artist", id: artist_id },
    media_type_id: { entity: "media_type", id: media_type_id },
  })
  const filters: Record<string, unknown> = {}
  if (q) filters.name = containsFilter(q)
  if (genre_id) filters.genre_id = genre_id
  if (album_id) filters.album_id = album_id
  if (artist_id) {
    const music: MusicModuleService = req.scope.resolve(MUSIC_MODULE)
    const albums = await music.listAlbums({ artist_id }, { select: ["id"], take: null })
    const ids = albums.map((a) => a.id).filter((id) => !album_id || id === album_id)
    if (!ids.length) {
      const { skip, take } = req.queryConfig.pagination
      res.json({ tracks: [], count: 0, offset: skip, limit: take })
      return
    }
    filters.album_id = ids
  }
  if (media_type_id) filters.media_type_id = media_type_id
  const { data: tracks, metadata } = await query.graph({
    entity: "track",
    fields: req.queryConfig.fields,
    filters,
    // Within an album, in running order; otherwise by name.
    pagination: {
      ...req.queryConfig.pagination,
      order: album_id ? { track_number: "ASC" } : { name: "ASC", id: "ASC" },
    },
  })
  res.json({ tracks: tracks.map(trackWithVariant), count: metadata!.count, offset: metadata!.skip, limit: metadata!.take })
}
