import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { AlbumInput, createAlbumsStep } from "./steps/create-albums"
import { sellAlbums } from "./utils/sell-albums"

export type CreateAlbumsWorkflowInput = {
  albums: AlbumInput[]
  /** Defaults to "usd". */
  currency_code?: string
  /** Defaults to the store's default sales channel. */
  sales_channel_id?: string
  /** The products' status; defaults to published. */
  status?: "published" | "draft"
}

/**
 * Creates albums with their tracks in the music module and sells each as a
 * published Medusa product (see sellAlbums): a variant per track and one for
 * the full album, with cover image, description, artist collection and genre
 * categories, linked back to the album and tracks.
 */
export const createAlbumsWorkflow = createWorkflow(
  "create-albums",
  (input: CreateAlbumsWorkflowInput) => {
    const albums = createAlbumsStep(input.albums)
    const options = transform({ input, albums }, ({ input, albums }) => ({
      currency_code: input.currency_code,
      sales_channel_id: input.sales_channel_id,
      status: input.status,
      album_prices: Object.fromEntries(
        albums.flatMap((a, i) => (input.albums[i].album_price == null ? [] : [[a.id, input.albums[i].album_price!]]))
      ),
    }))
    return new WorkflowResponse(sellAlbums(albums, options))
  }
)
