import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import { resolveAlbumRef } from "../../utils/album-ref"
import { cardContext } from "../../utils/card-context"
import { albumPage } from "../../utils/cards"
import { project } from "../../utils/fields"
import type { StoreGetAlbumParamsType } from "../../validators"

/**
 * GET /store/music/albums/:id?region_id= (`:id` an album id or product handle):
 * the album's card with its tracks in order and the full-album variant, priced
 * in the region for the customer; 404 for an album the store does not sell.
 */
export async function GET(req: MedusaRequest, res: MedusaResponse) {
  const { region_id, fields } = req.validatedQuery as StoreGetAlbumParamsType
  const [albumId, ctx] = await Promise.all([resolveAlbumRef(req.scope, req.params.id), cardContext(req, region_id)])
  const album = albumId ? await albumPage(req.scope, albumId, ctx) : null
  if (!album) {
    throw new MedusaError(MedusaError.Types.NOT_FOUND, `Album with id or handle: ${req.params.id} was not found`)
  }
  res.json({ album: fields ? project(album, req.queryConfig.fields) : album })
}
