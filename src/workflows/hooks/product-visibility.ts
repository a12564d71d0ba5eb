import { deleteProductsWorkflow, deleteProductVariantsWorkflow, updateProductsWorkflow } from "@medusajs/medusa/core-flows"
import { MUSIC_MODULE } from "../../modules/music"
import type MusicModuleService from "../../modules/music/service"
import { syncCatalogueVisibilityWorkflow } from "../music/sync-catalogue-visibility"

// Inside the staff's own product update, so that unpublishing an album hides
// it from the store before the admin's request returns, not some time later.
updateProductsWorkflow.hooks.productsUpdated(async ({ products }, { container }) => {
  const product_ids = products.map((p) => p.id)
  if (product_ids.length) await syncCatalogueVisibilityWorkflow(container).run({ input: { product_ids } })
})

deleteProductsWorkflow.hooks.productsDeleted(async ({ ids }, { container }) => {
  if (ids.length) await syncCatalogueVisibilityWorkflow(container).run({ input: { product_ids: ids } })
})

// A deleted variant no longer sells its track (or the whole album): the
// store's cards must stop offering it.
deleteProductVariantsWorkflow.hooks.productVariantsDeleted(async ({ ids }, { container }) => {
  if (!ids?.length) return
  const music: MusicModuleService = container.resolve(MUSIC_MODULE)
  const tracks = await music.listTracks({ variant_id: ids } as any, { select: ["album_id"] })
  const albums = await music.listAlbums(
    { $or: [{ id: [...new Set(tracks.map((t: any) => t.album_id))] }, { full_variant_id: ids }] } as any,
    { select: ["product_id"] }
  )
  const product_ids = [...new Set(albums.map((a: any) => a.product_id).filter(Boolean))] as string[]
  if (product_ids.length) await syncCatalogueVisibilityWorkflow(container).run({ input: { product_ids } })
})
