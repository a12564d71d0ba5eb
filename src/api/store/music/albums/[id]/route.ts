import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import type { IPricingModuleService } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, MedusaError, Modules } from "@medusajs/framework/utils"
import { TtlCache } from "../../../../../lib/ttl-cache"
import { resolveAlbumRef } from "../../utils/album-ref"
import { regionCurrency } from "../../utils/region-currency"
import type { StoreGetAlbumParamsType } from "../../validators"

// The album page is the store's busiest read. What it shows besides prices
// (titles, tracks, variants) changes only when staff edit the album, so it is
// kept for half a minute; prices are worked out on every request.
const albums = new TtlCache<any | null>(30_000, 2000)
const handles = new TtlCache<string>(30_000, 2000)

/**
 * GET /store/music/albums/:id?region_id= (`:id` an album id or product handle):
 * the album with artist, cover and tracks in order, each with its variant and,
 * given a region, its price; and the full-album variant with its price.
 */
export async function GET(req: MedusaRequest, res: MedusaResponse) {
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const { region_id } = req.validatedQuery as StoreGetAlbumParamsType
  const ref = req.params.id
  const [albumId, currency_code] = await Promise.all([
    ref.startsWith("alb_") ? ref : handles.get(ref, () => resolveAlbumRef(req.scope, ref).then((a) => a.id)),
    region_id ? regionCurrency(req.scope, region_id) : undefined,
  ])

  const fields = [...req.queryConfig.fields, "product.variants.id", "product.variants.sku", "product.variants.price_set.id"]
  const album = await albums.get(`${albumId}|${fields.join(",")}`, async () => {
    const { data } = await query.graph({ entity: "album", fields, filters: { id: albumId } })
    return data[0] ?? null
  })
  if (!album) {
    throw new MedusaError(MedusaError.Types.NOT_FOUND, `Album with id or handle: ${ref} was not found`)
  }

  const { variants = [], ...product } = album.product ?? {}
  const prices = new Map<string, { amount: number; currency_code: string }>()
  if (region_id && currency_code) {
    const pricing: IPricingModuleService = req.scope.resolve(Modules.PRICING)
    const priceSetIds = variants.map((v: any) => v.price_set?.id).filter(Boolean)
    const calculated = priceSetIds.length
      ? await pricing.calculatePrices({ id: priceSetIds }, { context: { region_id, currency_code } })
      : []
    for (const p of calculated) {
      if (p.calculated_amount != null) {
        prices.set(p.id, { amount: Number(p.calculated_amount), currency_code: p.currency_code! })
      }
    }
  }
  const variantById = new Map<string, any>(variants.map((v: any) => [v.id, v]))
  const price = (variantId?: string) => prices.get(variantById.get(variantId ?? "")?.price_set?.id) ?? null
  // The full album's variant carries the album id as its SKU.
  const fullAlbum = variants.find((v: any) => v.sku === album.id)

  const tracks = [...(album.tracks ?? [])]
    .filter(Boolean)
    .sort((a: any, b: any) => a.track_number - b.track_number)
    .map(({ product_variant, ...t }: any) => ({ ...t, variant_id: product_variant?.id ?? null, price: price(product_variant?.id) }))
  res.json({
    album: {
      ...album,
      product: album.product ? product : null,
      tracks,
      full_album: fullAlbum ? { variant_id: fullAlbum.id, price: price(fullAlbum.id) } : null,
    },
  })
}
