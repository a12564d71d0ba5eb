import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"

/**
 * GET /admin/music/products/:id/album: the album a product sells, with its
 * artist and tracks in running order, for the product page in the admin.
 */
export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const {
    data: [product],
  } = await query.graph({
    entity: "product",
    fields: [
      "id",
      "album.id",
      "album.title",
      "album.chinook_id",
      "album.cover_url",
      "album.artist.id",
      "album.artist.name",
      "album.tracks.id",
      "album.tracks.name",
      "album.tracks.track_number",
      "album.tracks.composer",
      "album.tracks.milliseconds",
      "album.tracks.bytes",
      "album.tracks.genre.name",
      "album.tracks.media_type.name",
      "album.tracks.product_variant.id",
    ],
    filters: { id: req.params.id },
  })
  if (!product) {
    throw new MedusaError(MedusaError.Types.NOT_FOUND, `Product with id: ${req.params.id} was not found`)
  }
  const album = product.album
  if (!album) {
    throw new MedusaError(MedusaError.Types.NOT_FOUND, `Product ${req.params.id} does not sell an album`)
  }
  const tracks = [...(album.tracks ?? [])]
    .filter(Boolean)
    .sort((a, b) => a!.track_number - b!.track_number)
  res.json({ album: { ...album, tracks } })
}
