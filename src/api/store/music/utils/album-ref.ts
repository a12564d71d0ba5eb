import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { albumTag, cached } from "../../../../lib/catalogue-cache"

/**
 * The album an URL names: by id (alb_…) or by the handle of the product that
 * sells it, which is what the storefront puts in its links. Whether the store
 * may show it is the card's business, not this lookup's.
 */
export async function resolveAlbumRef(scope: MedusaContainer, ref: string): Promise<string | null> {
  if (ref.startsWith("alb_")) return ref
  return cached(scope, `music:handle:${ref}`, async () => {
    const query = scope.resolve(ContainerRegistrationKeys.QUERY)
    const { data } = await query.graph({ entity: "product", fields: ["id", "album.id"], filters: { handle: ref } })
    const product = data[0] as any
    const albumId: string | null = product?.album?.id ?? null
    // A handle that names nothing yet is remembered only until a product is created.
    return { value: albumId, tags: product ? [`Product:${product.id}`, ...(albumId ? [albumTag(albumId)] : [])] : [`Product:list:*`] }
  })
}
