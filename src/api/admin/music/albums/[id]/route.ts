import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { OWNERSHIP_MODULE } from "../../../../../modules/ownership"
import type OwnershipModuleService from "../../../../../modules/ownership/service"
import { deleteCatalogueAlbumWorkflow } from "../../../../../workflows/catalogue/delete-album"
import { refusalOf } from "../../../../../workflows/catalogue/steps/assert-deletable"
import { updateCatalogueAlbumWorkflow } from "../../../../../workflows/catalogue/update-album"
import { storeCurrency } from "../../../../../workflows/catalogue/utils/base-prices"
import { musicOf, oneAlbum, requireSomeField, refuseUndeletable } from "../../catalogue/records"
import type { AdminUpdateAlbumBodyType } from "../../catalogue/validators"
import { trackViews } from "../../catalogue/views"

const MAX_TRACKS = 1000

/**
 * GET /admin/music/albums/:id: the album, its tracks in running order (each
 * with price and visibility), its product and sales channels, what was sold
 * of it, and whether it may be deleted.
 */
export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const currency = await storeCurrency(req.scope)
  const album = await oneAlbum(req.scope, req.params.id, currency)
  const { rows } = await musicOf(req.scope).listAdminTracks({ album_id: album.id }, { limit: MAX_TRACKS, offset: 0 })
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const { data: products } = album.product_id
    ? await query.graph({
        entity: "product",
        fields: ["id", "title", "handle", "status", "thumbnail", "sales_channels.id", "sales_channels.name"],
        filters: { id: album.product_id },
      })
    : { data: [] as any[] }
  const ownership: OwnershipModuleService = req.scope.resolve(OWNERSHIP_MODULE)
  const [, orderLines] = await ownership.listAndCountSaleLines({ album_id: album.id }, { take: 1, select: ["id"] })
  const [, ownedTracks] = await ownership.listAndCountOwnedTracks({ album_id: album.id }, { take: 1, select: ["id"] })
  const refusal = await refusalOf(req.scope, "album", album.id)
  res.json({
    album: {
      ...album,
      tracks: await trackViews(req.scope, rows, currency),
      product: products[0] ?? null,
      sold: { order_lines: orderLines, owned_tracks: ownedTracks },
      deletable: !refusal,
      delete_refusal: refusal,
    },
  })
}

/**
 * POST /admin/music/albums/:id { title?, cover_url?, artist_id?, price?, published? }:
 * one edit, one workflow; `published: false` hides the album from the store
 * before this answers.
 */
export async function POST(req: AuthenticatedMedusaRequest<AdminUpdateAlbumBodyType>, res: MedusaResponse) {
  requireSomeField(req.validatedBody, "title, cover_url, artist_id, price, published")
  const currency = await storeCurrency(req.scope)
  await updateCatalogueAlbumWorkflow(req.scope).run({ input: { id: req.params.id, ...req.validatedBody, currency_code: currency } })
  res.json({ album: await oneAlbum(req.scope, req.params.id, currency) })
}

/** DELETE /admin/music/albums/:id: refused (409, with the reason) once anything of it was sold: unpublish it instead. */
export async function DELETE(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  await refuseUndeletable(req.scope, "album", req.params.id)
  await deleteCatalogueAlbumWorkflow(req.scope).run({ input: { id: req.params.id } })
  res.json({ id: req.params.id, object: "album", deleted: true })
}
