import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import { isFullAlbumVariant } from "../../../../../modules/music/utils/full-album"
import { storeCurrency } from "../../../../../workflows/catalogue/utils/base-prices"
import { oneAlbum, oneTrack } from "../../catalogue/records"

/**
 * GET /admin/music/variants/:id: what a product variant sells, for the
 * admin's variant page: a track (with its album) or the whole album; 404 for
 * a variant that sells no music.
 */
export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({
    entity: "product_variant",
    fields: ["id", "sku", "track.id", "product.album.id"],
    filters: { id: req.params.id },
  })
  const variant: any = data[0]
  const albumId: string | undefined = variant?.track?.id ? undefined : variant?.product?.album?.id
  if (!variant || (!variant.track?.id && !(albumId && isFullAlbumVariant(variant, albumId)))) {
    throw new MedusaError(MedusaError.Types.NOT_FOUND, `Variant ${req.params.id} sells no track or album`)
  }
  const currency = await storeCurrency(req.scope)
  if (variant.track?.id) {
    const track = await oneTrack(req.scope, variant.track.id, currency)
    res.json({ variant_id: variant.id, kind: "track", track, album: await oneAlbum(req.scope, track.album.id, currency) })
    return
  }
  res.json({ variant_id: variant.id, kind: "album", track: null, album: await oneAlbum(req.scope, albumId!, currency) })
}
