import { Modules } from "@medusajs/framework/utils"
import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import {
  createProductVariantsWorkflow,
  createRemoteLinkStep,
  setProductProductOptionsWorkflow,
  useQueryGraphStep,
} from "@medusajs/medusa/core-flows"
import { MUSIC_MODULE } from "../../modules/music"
import { createAlbumTracksStep } from "./steps/create-album-tracks"
import { setAlbumSalesChannelsStep } from "./steps/set-album-sales-channels"
import type { TrackInput } from "./steps/create-albums"
import { FORMAT_OPTION, trackOptionValue } from "./utils/album-product"

export type AddAlbumTracksWorkflowInput = {
  album_id: string
  /** The product selling the album. */
  product_id: string
  tracks: (TrackInput & { track_number: number })[]
  /** Defaults to "usd". */
  currency_code?: string
}

/**
 * Adds tracks to an album that is already on sale, each sold as a new
 * variant of the album's product (with its own value of the Format option)
 * and linked to it.
 */
export const addAlbumTracksWorkflow = createWorkflow("add-album-tracks", (input: AddAlbumTracksWorkflowInput) => {
  const tracksInput = transform({ input }, ({ input }) => [{ album_id: input.album_id, tracks: input.tracks }])
  const tracks = createAlbumTracksStep(tracksInput)

  const { data: products } = useQueryGraphStep({
    entity: "product",
    fields: ["id", "options.id", "options.title"],
    filters: { id: input.product_id },
  }).config({ name: "add-album-tracks-product" })

  const optionsInput = transform({ input, tracks, products }, ({ input, tracks, products }) => {
    const option = products[0]?.options?.find((o: any) => o?.title === FORMAT_OPTION)
    if (!option) {
      throw new Error(`product_id: product ${input.product_id} has no ${FORMAT_OPTION} option.`)
    }
    return {
      product_id: input.product_id,
      update: [{ product_option_id: option.id, add: tracks.map((t) => ({ value: trackOptionValue(t) })) }],
    }
  })
  setProductProductOptionsWorkflow.runAsStep({ input: optionsInput })

  const variantsInput = transform({ input, tracks, optionsInput }, ({ input, tracks }) => ({
    product_variants: tracks.map((t) => ({
      product_id: input.product_id,
      title: t.name,
      sku: t.id,
      manage_inventory: false,
      options: { [FORMAT_OPTION]: trackOptionValue(t) },
      prices: [{ amount: Number(t.unit_price), currency_code: input.currency_code ?? "usd" }],
      variant_rank: t.track_number,
    })),
  }))
  const variants = createProductVariantsWorkflow.runAsStep({ input: variantsInput })

  const links = transform({ tracks, variants }, ({ tracks, variants }) => {
    const bySku = new Map(variants.map((v) => [v.sku, v.id]))
    return tracks.map((t) => ({
      [MUSIC_MODULE]: { track_id: t.id },
      [Modules.PRODUCT]: { product_variant_id: bySku.get(t.id)! },
    }))
  })
  createRemoteLinkStep(links)
  // The store's read model learns the new tracks' variants and channels.
  setAlbumSalesChannelsStep(transform({ input, links }, ({ input }) => ({ product_ids: [input.product_id] }))).config({
    name: "add-album-tracks-store-view",
  })
  return new WorkflowResponse({ tracks, variants })
})
