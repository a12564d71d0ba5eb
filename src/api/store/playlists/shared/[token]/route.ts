import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { sharedPlaylist } from "../../../../../workflows/playlists/utils/access"
import { project } from "../../../music/utils/fields"
import { publicPage } from "../../utils/view"
import type { StoreGetSharedPlaylistParamsType } from "../../validators"

/**
 * GET /store/playlists/shared/:token?limit=&offset=&region_id=: a playlist
 * its owner shared, read-only, for anyone holding the link. A revoked link,
 * or a playlist made private, is 404; nothing names the owner.
 */
export async function GET(req: MedusaRequest, res: MedusaResponse) {
  const { limit, offset, region_id, fields } = req.validatedQuery as StoreGetSharedPlaylistParamsType
  const playlist = await sharedPlaylist(req.scope, req.params.token)
  const page = await publicPage(req, playlist, { limit, offset, region_id })
  res.setHeader("Cache-Control", "private, no-store")
  res.json({
    playlist: { ...(fields ? project(page.playlist, req.queryConfig.fields) : page.playlist), count: page.count, offset, limit },
  })
}
