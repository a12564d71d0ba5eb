import { MedusaError } from "@medusajs/framework/utils"
import { createStep, createWorkflow, StepResponse, transform, when, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { updateProductsWorkflow, useQueryGraphStep } from "@medusajs/medusa/core-flows"
import { updateAlbumsWorkflow } from "../music/update-albums"
import { setAlbumSalesChannelsStep } from "../music/steps/set-album-sales-channels"
import { albumDescription } from "../music/utils/album-product"
import { checkReferencesStep, type Reference } from "./steps/check-references"
import { resyncOnRollbackStep } from "./steps/resync-on-rollback"
import { updateCatalogueRecordsStep } from "./steps/update-catalogue-records"
import { updateCatalogueVariants, type VariantEditsInput } from "./utils/update-variants"

export type UpdateCatalogueAlbumInput = {
  id: string
  title?: string
  cover_url?: string | null
  /** Moves the album to another artist. */
  artist_id?: string
  /** The full album's price in the store's currency. */
  price?: number
  /** false: the product becomes a draft and the album leaves the store at once; true: published in the store's channel. */
  published?: boolean
  currency_code: string
}

const ALBUM_FIELDS = [
  "id", "title", "artist.id", "artist.name", "full_variant_id", "full_price_set_id", "tracks.milliseconds",
  "product.id", "product.status", "product.subtitle", "product.description", "product.collection_id", "product.sales_channels.id",
]

/** The album as it is, or 404; a price or a publication needs its product. */
const loadAlbumStep = createStep("load-catalogue-album", async (input: { input: UpdateCatalogueAlbumInput; albums: any[] }) => {
  const album = input.albums[0]
  if (!album) throw new MedusaError(MedusaError.Types.NOT_FOUND, `Album with id: ${input.input.id} was not found`)
  if (!album.product?.id && (input.input.price !== undefined || input.input.published !== undefined)) {
    throw new MedusaError(MedusaError.Types.INVALID_DATA, `${input.input.price !== undefined ? "price" : "published"}: the album has no product to sell it`)
  }
  if (input.input.price !== undefined && !album.full_price_set_id) {
    throw new MedusaError(MedusaError.Types.INVALID_DATA, "price: the album has no full-album variant with a price set")
  }
  return new StepResponse(album)
})

/**
 * A staff edit of an album, in one workflow: title and cover (the import's
 * updateAlbumsWorkflow, which retitles the product too), a move to another
 * artist (the product's subtitle, collection and generated description
 * follow), the full album's price (Medusa's variant workflow), and publication
 * (the product's status: the store's read model follows within the request).
 * Every part compensates.
 */
export const updateCatalogueAlbumWorkflow = createWorkflow("update-catalogue-album", (input: UpdateCatalogueAlbumInput) => {
  checkReferencesStep(
    transform({ input }, ({ input }): Reference[] => (input.artist_id ? [{ field: "artist_id", kind: "artist", id: input.artist_id }] : []))
  )
  const { data: albums } = useQueryGraphStep({ entity: "album", fields: ALBUM_FIELDS, filters: { id: input.id } }).config({
    name: "update-album-read",
  })
  const { data: stores } = useQueryGraphStep({ entity: "store", fields: ["default_sales_channel_id"] }).config({ name: "update-album-store" })
  // No artist asked for: a filter that matches nothing, not every artist.
  const artistFilter = transform({ input }, ({ input }) => ({ id: input.artist_id ?? "art_none" }))
  const { data: artists } = useQueryGraphStep({
    entity: "artist",
    fields: ["id", "name", "product_collection.id"],
    filters: artistFilter,
  }).config({ name: "update-album-new-artist" })

  const album = loadAlbumStep(transform({ input, albums }, ({ input, albums }) => ({ input, albums })))
  resyncOnRollbackStep(transform({ album }, ({ album }) => ({ product_ids: album.product?.id ? [album.product.id] : [] })))

  const renames = transform({ input }, ({ input }) => ({
    albums: input.title !== undefined || input.cover_url !== undefined ? [{ id: input.id, title: input.title, cover_url: input.cover_url }] : [],
  }))
  when("update-album-renamed", { renames }, ({ renames }) => renames.albums.length > 0).then(() => {
    updateAlbumsWorkflow.runAsStep({ input: renames })
  })

  const moves = transform({ input, album }, ({ input, album }) => ({
    albums: input.artist_id && input.artist_id !== album.artist.id ? [{ id: input.id, artist_id: input.artist_id }] : [],
  }))
  when("update-album-moved", { moves }, ({ moves }) => moves.albums.length > 0).then(() => {
    updateCatalogueRecordsStep(moves)
  })

  // What Medusa shows of the album that this edit changes: status, channel, and what the artist gives it.
  const products = transform({ input, album, artists, stores, moves }, ({ input, album, artists, stores, moves }) => {
    const product = album.product
    if (!product?.id) return []
    const change: Record<string, unknown> = { id: product.id }
    if (input.published !== undefined) {
      change.status = input.published ? "published" : "draft"
      const channel = stores[0]?.default_sales_channel_id
      if (input.published && channel && !(product.sales_channels ?? []).filter(Boolean).length) change.sales_channels = [{ id: channel }]
    }
    const artist: any = moves.albums.length ? artists[0] : undefined
    if (artist) {
      const old = album.artist
      if (product.subtitle === old.name) change.subtitle = artist.name
      const tracks = (album.tracks ?? []).filter(Boolean)
      if (product.description === albumDescription({ artist: old, tracks })) change.description = albumDescription({ artist, tracks })
      change.collection_id = artist.product_collection?.id ?? null
    }
    return Object.keys(change).length > 1 ? [change] : []
  })
  when("update-album-product", { products }, ({ products }) => products.length > 0).then(() => {
    updateProductsWorkflow.runAsStep({ input: { products } as any })
  })

  const variantEdits = transform({ input, album }, ({ input, album }): VariantEditsInput => ({
    currency_code: input.currency_code,
    variants:
      input.price !== undefined
        ? [{ id: album.full_variant_id, price: { price_set_id: album.full_price_set_id, amount: input.price } }]
        : [],
  }))
  updateCatalogueVariants(variantEdits, "update-album")

  // The read model follows the product (the update hook did it already when the status changed).
  setAlbumSalesChannelsStep(
    transform({ album, products }, ({ album }) => ({ product_ids: album.product?.id ? [album.product.id] : [] }))
  ).config({ name: "update-album-store-view" })
  return new WorkflowResponse(transform({ input }, ({ input }) => ({ id: input.id })))
})
