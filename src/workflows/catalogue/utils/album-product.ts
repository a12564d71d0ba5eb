import { transform, when, type WorkflowData } from "@medusajs/framework/workflows-sdk"
import { updateProductsWorkflow, useQueryGraphStep } from "@medusajs/medusa/core-flows"
import { albumDescription } from "../../music/utils/album-product"

/** The import's generated description ("An album by X: 9 tracks, 1 h 5 min."), whatever the counts were. */
const generated = (artist: string) =>
  new RegExp(`^An album by ${artist.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}: \\d+ tracks?, [^.]*\\.$`)

/**
 * After an album's tracks changed (one added, removed, or moved to another
 * genre), its product follows as the import made it: in the category of
 * every genre its tracks have (genre categories are those made for a genre,
 * their metadata names it; any other category staff chose stays), and with
 * the track count and running time of its generated description (a
 * description staff wrote stays).
 */
export function syncAlbumProduct(input: WorkflowData<{ album_id: string }>, name: string) {
  const { data: albums } = useQueryGraphStep({
    entity: "album",
    fields: [
      "id", "artist.name", "product.id", "product.description", "product.categories.id", "product.categories.metadata",
      "tracks.id", "tracks.milliseconds", "tracks.genre.product_category.id",
    ],
    filters: { id: input.album_id },
  }).config({ name: `${name}-read` })

  const products = transform({ albums }, ({ albums }) => {
    const album: any = albums[0]
    const product = album?.product
    if (!product?.id) return []
    const change: { id: string; category_ids?: string[]; description?: string } = { id: product.id }
    const current: any[] = (product.categories ?? []).filter(Boolean)
    const kept = current.filter((c) => !c.metadata?.genre_id).map((c) => c.id as string)
    const tracks = (album.tracks ?? []).filter(Boolean)
    const genres = tracks.map((t: any) => t.genre?.product_category?.id).filter(Boolean) as string[]
    const wanted = [...new Set([...kept, ...genres])].sort()
    if (wanted.join() !== current.map((c) => c.id as string).sort().join()) change.category_ids = wanted
    const artist = album.artist?.name ?? ""
    const description = albumDescription({ artist: { name: artist }, tracks })
    if (product.description !== description && generated(artist).test(product.description ?? "")) change.description = description
    return Object.keys(change).length > 1 ? [change] : []
  })
  when(`${name}-changed`, { products }, ({ products }) => products.length > 0).then(() => {
    updateProductsWorkflow.runAsStep({ input: { products } })
  })
}
