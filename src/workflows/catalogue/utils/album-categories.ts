import { transform, when, type WorkflowData } from "@medusajs/framework/workflows-sdk"
import { updateProductsWorkflow, useQueryGraphStep } from "@medusajs/medusa/core-flows"

/**
 * After an album's tracks changed genre (or a track came or went): the
 * album's product is in the category of every genre its tracks have, as the
 * import puts it. Genre categories are those made for a genre (their
 * metadata names it); any other category staff put the product in stays.
 */
export function syncAlbumCategories(input: WorkflowData<{ album_id: string; after?: unknown }>, name: string) {
  const { data: albums } = useQueryGraphStep({
    entity: "album",
    fields: [
      "id", "product.id", "product.categories.id", "product.categories.metadata",
      "tracks.id", "tracks.genre.product_category.id",
    ],
    filters: { id: input.album_id },
  }).config({ name: `${name}-read` })

  const products = transform({ albums }, ({ albums }) => {
    const album: any = albums[0]
    const product = album?.product
    if (!product?.id) return []
    const current: any[] = (product.categories ?? []).filter(Boolean)
    const kept = current.filter((c) => !c.metadata?.genre_id).map((c) => c.id as string)
    const genres = (album.tracks ?? []).map((t: any) => t?.genre?.product_category?.id).filter(Boolean) as string[]
    const wanted = [...new Set([...kept, ...genres])].sort()
    const had = current.map((c) => c.id as string).sort()
    return wanted.join() === had.join() ? [] : [{ id: product.id as string, category_ids: wanted }]
  })
  when(`${name}-changed`, { products }, ({ products }) => products.length > 0).then(() => {
    updateProductsWorkflow.runAsStep({ input: { products } })
  })
}
