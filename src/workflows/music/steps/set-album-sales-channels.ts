import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { MUSIC_MODULE } from "../../../modules/music"
import type MusicModuleService from "../../../modules/music/service"
import type { AlbumStoreView } from "../../../modules/music/service"
import { fullAlbumVariantOf } from "../../../modules/music/utils/full-album"
import { isHiddenVariant } from "../../../modules/music/utils/track-visibility"
import { clearCatalogueCache } from "../../../lib/catalogue-cache"
import AlbumProductLink from "../../../links/album-product"

export type SetAlbumSalesChannelsInput = {
  /** Albums of these products; none given: every album. */
  product_ids?: string[]
}

const FIELDS = [
  "id", "product.id", "product.handle", "product.status", "product.sales_channels.id",
  "product.variants.id", "product.variants.sku", "product.variants.price_set.id",
  "tracks.id", "tracks.product_variant.id", "tracks.product_variant.price_set.id", "tracks.product_variant.metadata",
]
// A whole store is read a page at a time: at 100x Chinook its variants alone
// are hundreds of thousands of rows.
const PAGE = 500

/**
 * How each album may be shown, from its product: published, in which sales
 * channels; its handle; the variants and price sets that sell it and its tracks.
 */
function viewOf(a: any): AlbumStoreView {
  const product = a.product
  const full = fullAlbumVariantOf<any>(product?.variants, a.id)
  const channels: string[] =
    product?.status === "published"
      ? [...new Set<string>((product.sales_channels ?? []).filter(Boolean).map((c: any) => c.id))].sort()
      : []
  return {
    album_id: a.id,
    sales_channel_ids: channels,
    product_id: product?.id ?? null,
    product_handle: product?.handle ?? null,
    full_variant_id: full?.id ?? null,
    full_price_set_id: full?.price_set?.id ?? null,
    tracks: (a.tracks ?? []).filter(Boolean).map((t: any) => ({
      track_id: t.id,
      variant_id: t.product_variant?.id ?? null,
      price_set_id: t.product_variant?.price_set?.id ?? null,
      // A track taken off sale on its own (see track-visibility.ts) is in no channel.
      sales_channel_ids: isHiddenVariant(t.product_variant) ? [] : channels,
    })),
  }
}

async function albumIdsOfProducts(container: MedusaContainer, productIds: string[]): Promise<string[]> {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  // From the link, so that the album of a deleted product is found too.
  const { data: links } = await query.graph({
    entity: AlbumProductLink.entryPoint,
    fields: ["album_id"],
    filters: { product_id: productIds },
    withDeleted: true,
  } as any)
  return [...new Set((links as any[]).map((l) => l.album_id))]
}

async function viewsOf(container: MedusaContainer, albumIds: string[]): Promise<AlbumStoreView[]> {
  if (!albumIds.length) return []
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({ entity: "album", fields: FIELDS, filters: { id: albumIds } })
  return data.map(viewOf)
}

async function writeViews(container: MedusaContainer, views: AlbumStoreView[]) {
  const music: MusicModuleService = container.resolve(MUSIC_MODULE)
  const previous = await music.setAlbumStoreViews(views)
  await clearCatalogueCache(container, views.map((v) => v.album_id))
  return previous
}

export const setAlbumSalesChannelsStep = createStep(
  "set-album-sales-channels",
  async (input: SetAlbumSalesChannelsInput, { container }) => {
    if (input.product_ids) {
      if (!input.product_ids.length) return new StepResponse([], [])
      const views = await viewsOf(container, await albumIdsOfProducts(container, input.product_ids))
      const previous = await writeViews(container, views)
      return new StepResponse(views.map((v) => v.album_id), previous)
    }
    // Every album, page by page. Nothing to put back on failure: a re-run
    // derives the same read model from the products.
    const music: MusicModuleService = container.resolve(MUSIC_MODULE)
    const synced: string[] = []
    for (let skip = 0; ; skip += PAGE) {
      const page = await music.listAlbums({}, { select: ["id"], order: { id: "ASC" }, skip, take: PAGE })
      if (!page.length) break
      const ids = page.map((a) => a.id)
      await writeViews(container, await viewsOf(container, ids))
      synced.push(...ids)
    }
    return new StepResponse(synced, [] as AlbumStoreView[])
  },
  async (previous, { container }) => {
    if (!previous?.length) return
    await writeViews(container, previous)
  }
)
