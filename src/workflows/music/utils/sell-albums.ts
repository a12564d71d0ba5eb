import { Modules, type ProductStatus } from "@medusajs/framework/utils"
import { transform, type WorkflowData } from "@medusajs/framework/workflows-sdk"
import { createProductsWorkflow, createRemoteLinkStep, useQueryGraphStep } from "@medusajs/medusa/core-flows"
import { MUSIC_MODULE } from "../../../modules/music"
import { fullAlbumPrice } from "../../../modules/music/utils/album-price"
import { createAlbumCoversStep } from "../steps/create-album-covers"
import type { CreatedAlbum } from "../steps/create-albums"
import { albumProductInput, FORMAT_OPTION } from "./album-product"
import { setAlbumSalesChannelsStep } from "../steps/set-album-sales-channels"

export type SellAlbumsOptions = {
  /** Defaults to "usd". */
  currency_code?: string
  /** Defaults to the store's default sales channel. */
  sales_channel_id?: string
  /** Price of each album's full-album variant, by album id; defaults to the store's album rule. */
  album_prices?: Record<string, number>
  /** Defaults to published; staff may create an album as a draft to publish later. */
  status?: "published" | "draft"
}

/**
 * The composition shared by the workflows that put albums on sale: a
 * generated cover for albums without artwork, then one published product
 * per album (a variant per track and one for the full album, in its
 * artist's collection and its genres' categories), linked back to the album
 * and tracks. Digital goods: no shipping profile and no inventory, so carts
 * of music complete without shipping.
 */
export function sellAlbums(albums: WorkflowData<CreatedAlbum[]>, options: WorkflowData<SellAlbumsOptions>) {
  const { data: stores } = useQueryGraphStep({
    entity: "store",
    fields: ["id", "default_sales_channel_id"],
  }).config({ name: "sell-albums-store" })

  const withCovers = createAlbumCoversStep(albums)

  const ids = transform({ albums }, ({ albums }) => ({
    artists: [...new Set(albums.map((a) => a.artist.id))],
    genres: [...new Set(albums.flatMap((a) => a.tracks.map((t) => t.genre_id)).filter((g): g is string => !!g))],
  }))
  const { data: artists } = useQueryGraphStep({
    entity: "artist",
    fields: ["id", "product_collection.id"],
    filters: { id: ids.artists },
  }).config({ name: "sell-albums-artist-collections" })
  const { data: genres } = useQueryGraphStep({
    entity: "genre",
    fields: ["id", "product_category.id"],
    filters: { id: ids.genres },
  }).config({ name: "sell-albums-genre-categories" })

  const productsInput = transform(
    { withCovers, options, stores, artists, genres, ids },
    ({ withCovers, options, stores, artists, genres, ids }) => {
      const currency = options.currency_code ?? "usd"
      const salesChannelId = options.sales_channel_id ?? stores[0]?.default_sales_channel_id ?? undefined
      const collectionOf = new Map(artists.map((a: any) => [a.id, a.product_collection?.id ?? null]))
      // No genres asked for: Query would list every genre, so none are taken.
      const categoryOf = new Map(ids.genres.length ? genres.map((g: any) => [g.id, g.product_category?.id]) : [])
      return {
        products: withCovers.map((album) =>
          albumProductInput(album, {
            currency,
            salesChannelId,
            albumPrice: options.album_prices?.[album.id] ?? fullAlbumPrice(album.tracks.map((t) => t.unit_price)),
            status: options.status as ProductStatus | undefined,
            collection_id: collectionOf.get(album.artist.id) ?? null,
            category_ids: [
              ...new Set(album.tracks.map((t) => (t.genre_id ? categoryOf.get(t.genre_id) : undefined)).filter((c): c is string => !!c)),
            ],
          })
        ),
      }
    }
  )

  const products = createProductsWorkflow.runAsStep({ input: productsInput })

  const links = transform({ withCovers, products }, ({ withCovers, products }) =>
    withCovers.flatMap((album, i) => {
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
  createRemoteLinkStep(links).config({ name: "sell-albums-links" })
  // Shown in the store as soon as they are sold, where their product is published.
  setAlbumSalesChannelsStep(transform({ products }, ({ products }) => ({ product_ids: products.map((p: any) => p.id) }))).config({
    name: "sell-albums-visibility",
  })

  return transform({ withCovers, products }, ({ withCovers, products }) =>
    withCovers.map((album, i) => ({
      ...album,
      product_id: products[i].id,
      full_album_variant_id: products[i].variants.find((v) => v.sku === album.id)!.id,
      option_title: FORMAT_OPTION,
    }))
  )
}
