import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"

/**
 * The album an URL names: by id (alb_…) or by the handle of the product that
 * sells it, which is what the storefront puts in its links.
 */
export async function resolveAlbumRef(scope: MedusaContainer, ref: string): Promise<{ id: string; product_id: string | null }> {
  const query = scope.resolve(ContainerRegistrationKeys.QUERY)
  if (ref.startsWith("alb_")) {
    const { data } = await query.graph({ entity: "album", fields: ["id", "product.id"], filters: { id: ref } })
    if (data[0]) return { id: data[0].id, product_id: data[0].product?.id ?? null }
  } else {
    const { data } = await query.graph({ entity: "product", fields: ["id", "album.id"], filters: { handle: ref } })
    if (data[0]?.album) return { id: data[0].album.id, product_id: data[0].id }
  }
  throw new MedusaError(MedusaError.Types.NOT_FOUND, `Album with id or handle: ${ref} was not found`)
}
