import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys, MedusaError, QueryContext } from "@medusajs/framework/utils"
import { resolveAlbumRef } from "../../utils/album-ref"
import type { StoreGetAlbumParamsType } from "../../validators"

/**
 * GET /store/music/albums/:id?region_id= (`:id` an album id or product handle): the album with artist, cover and
 * tracks in order, each with its variant and, given a region, its price; and
 * the full-album variant with its price.
 */
export async function GET(req: MedusaRequest, res: MedusaResponse) {
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const { region_id } = req.validatedQuery as StoreGetAlbumParamsType
  const ref = await resolveAlbumRef(req.scope, req.params.id)
  const {
    data: [album],
  } = await query.graph({ entity: "album", fields: req.queryConfig.fields, filters: { id: ref.id } })

  let region: { id: string; currency_code: string } | undefined
  if (region_id) {
    const { data } = await query.graph({ entity: "region", fields: ["id", "currency_code"], filters: { id: region_id } })
    region = data[0]
    if (!region) {
      throw new MedusaError(MedusaError.Types.INVALID_DATA, `region_id: no region with id ${region_id}`)
    }
  }

  // The product's variants: one per track, plus the full album (its sku is the album id).
  const { data: variants } = album.product
    ? await query.graph({
        entity: "product_variant",
        fields: ["id", "sku", "title", ...(region ? ["calculated_price.*"] : [])],
        filters: { product_id: album.product.id },
        ...(region
          ? { context: { calculated_price: QueryContext({ region_id: region.id, currency_code: region.currency_code }) } }
          : {}),
      })
    : { data: [] }
  const price = (v: any) =>
    v?.calculated_price
      ? { amount: Number(v.calculated_price.calculated_amount), currency_code: v.calculated_price.currency_code }
      : null
  const byId = new Map(variants.map((v: any) => [v.id, v]))
  const fullAlbum = variants.find((v: any) => v.sku === album.id)

  const tracks = [...(album.tracks ?? [])]
    .filter(Boolean)
    .sort((a: any, b: any) => a.track_number - b.track_number)
    .map(({ product_variant, ...t }: any) => ({
      ...t,
      variant_id: product_variant?.id ?? null,
      price: price(byId.get(product_variant?.id)),
    }))
  res.json({
    album: {
      ...album,
      tracks,
      full_album: fullAlbum ? { variant_id: fullAlbum.id, price: price(fullAlbum) } : null,
    },
  })
}
