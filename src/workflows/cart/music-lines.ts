import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { isFullAlbumVariant } from "../../modules/music/utils/full-album"
import { isHiddenVariant } from "../../modules/music/utils/track-visibility"

/** What a variant sells: one track of an album, or the whole album. */
export type MusicVariant = {
  variant_id: string
  album_id: string
  album_title: string
  /** Absent for the full-album variant. */
  track?: { id: string; name: string }
  /** The variant sells the whole album. */
  full_album: boolean
  /** Staff took this track off sale on its own (its album may still be on sale). */
  hidden: boolean
}

/**
 * The variants among `ids` that sell music (their product is an album's),
 * read through the links, so the answer does not depend on the store's read
 * model being in sync. Other variants are left out.
 */
export async function musicVariants(container: MedusaContainer, ids: string[]): Promise<Map<string, MusicVariant>> {
  const found = new Map<string, MusicVariant>()
  const unique = [...new Set(ids.filter(Boolean))]
  if (!unique.length) return found
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({
    entity: "product_variant",
    fields: ["id", "sku", "metadata", "product.title", "product.album.id", "product.album.title", "track.id", "track.name"],
    filters: { id: unique },
  })
  for (const v of data as any[]) {
    const album = v.product?.album
    if (!album?.id) continue
    found.set(v.id, {
      variant_id: v.id,
      album_id: album.id,
      // The product title, as the cart line shows it.
      album_title: v.product.title ?? album.title,
      track: v.track?.id ? { id: v.track.id, name: v.track.name } : undefined,
      full_album: !v.track?.id && isFullAlbumVariant(v, album.id),
      hidden: !!v.track?.id && isHiddenVariant(v),
    })
  }
  return found
}
