import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { MUSIC_MODULE } from "../../../modules/music"
import type MusicModuleService from "../../../modules/music/service"
import type { AlbumSalesChannels } from "../../../modules/music/service"
import { clearCatalogueCache } from "../../../lib/catalogue-cache"
import AlbumProductLink from "../../../links/album-product"

export type SetAlbumSalesChannelsInput = {
  /** Albums of these products; none given: every album. */
  product_ids?: string[]
}

/** Where each album may be shown, from its product: published, in which sales channels. */
async function albumChannels(container: MedusaContainer, productIds?: string[]): Promise<AlbumSalesChannels[]> {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const fields = ["id", "product.id", "product.status", "product.sales_channels.id"]
  let albums: any[]
  if (productIds) {
    if (!productIds.length) return []
    // From the link, so that the album of a deleted product is found too.
    const { data: links } = await query.graph({
      entity: AlbumProductLink.entryPoint,
      fields: ["album_id"],
      filters: { product_id: productIds },
      withDeleted: true,
    } as any)
    const ids = [...new Set((links as any[]).map((l) => l.album_id))]
    if (!ids.length) return []
    ;({ data: albums } = await query.graph({ entity: "album", fields, filters: { id: ids } }))
  } else {
    ;({ data: albums } = await query.graph({ entity: "album", fields }))
  }
  return albums.map((a) => ({
    album_id: a.id,
    sales_channel_ids:
      a.product?.status === "published"
        ? [...new Set<string>((a.product.sales_channels ?? []).filter(Boolean).map((c: any) => c.id))].sort()
        : [],
  }))
}

export const setAlbumSalesChannelsStep = createStep(
  "set-album-sales-channels",
  async (input: SetAlbumSalesChannelsInput, { container }) => {
    const music: MusicModuleService = container.resolve(MUSIC_MODULE)
    const wanted = await albumChannels(container, input.product_ids)
    const previous = await music.setAlbumSalesChannels(wanted)
    await clearCatalogueCache(container, wanted.map((w) => w.album_id))
    return new StepResponse(wanted, previous)
  },
  async (previous, { container }) => {
    if (!previous?.length) return
    const music: MusicModuleService = container.resolve(MUSIC_MODULE)
    await music.setAlbumSalesChannels(previous)
    await clearCatalogueCache(container, previous.map((p) => p.album_id))
  }
)
