import { Modules } from "@medusajs/framework/utils"
import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { createProductsWorkflow, createRemoteLinkStep, useQueryGraphStep } from "@medusajs/medusa/core-flows"
import { MUSIC_MODULE } from "../../modules/music"
import { fullAlbumPrice } from "../../modules/music/utils/album-price"
import { createAlbumCoversStep } from "./steps/create-album-covers"
import { AlbumInput, createAlbumsStep } from "./steps/create-albums"
import { albumProductInput, FORMAT_OPTION } from "./utils/album-product"

export type CreateAlbumsWorkflowInput = {
  albums: AlbumInput[]
  /** Defaults to "usd". */
  currency_code?: string
  /** Defaults to the store's default sales channel. */
  sales_channel_id?: string
}

/**
 * Creates albums with their tracks in the music module and sells each as a
 * published Medusa product: one variant per track and one for the full
 * album, linked back to the album and tracks. Albums without artwork get a
 * generated cover. Digital goods: no shipping
 * profile and no inventory, so carts of music complete without shipping.
 */
export const createAlbumsWorkflow = createWorkflow(
  "create-albums",
  (input: CreateAlbumsWorkflowInput) => {
    const { data: stores } = useQueryGraphStep({
      entity: "store",
      fields: ["id", "default_sales_channel_id"],
    })

    const albums = createAlbumsStep(input.albums)
    const created = createAlbumCoversStep(albums)

    const productsInput = transform({ input, created, stores }, ({ input, created, stores }) => {
      const currency = input.currency_code ?? "usd"
      const salesChannelId = input.sales_channel_id ?? stores[0]?.default_sales_channel_id ?? undefined
      return {
        products: created.map((album, i) =>
          albumProductInput(album, {
            currency,
            salesChannelId,
            albumPrice: input.albums[i].album_price ?? fullAlbumPrice(album.tracks.map((t) => t.unit_price)),
          })
        ),
      }
    })

    const products = createProductsWorkflow.runAsStep({ input: productsInput })

    const links = transform({ created, products }, ({ created, products }) =>
      created.flatMap((album, i) => {
        const product = products[i]
        const variantBySku = new Map(product.variants.map((v) => [v.sku, v.id]))
        return [
          { [MUSIC_MODULE]: { album_id: album.id }, [Modules.PRODUCT]: { product_id: product.id } },
          ...album.tracks.map((t) => ({
            [MUSIC_MODULE]: { track_id: t.id },
            [Modules.PRODUCT]: { product_variant_id: variantBySku.get(t.id)! },
          })),
        ]
      })
    )
    createRemoteLinkStep(links)

    const result = transform({ created, products }, ({ created, products }) =>
      created.map((album, i) => ({
        ...album,
        product_id: products[i].id,
        full_album_variant_id: products[i].variants.find((v) => v.sku === album.id)!.id,
        option_title: FORMAT_OPTION,
      }))
    )
    return new WorkflowResponse(result)
  }
)
