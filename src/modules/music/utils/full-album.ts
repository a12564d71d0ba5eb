/**
 * An album's product has one variant per track and one that sells the whole
 * album; the album's variant is the one whose SKU is the album's id (a track's
 * variant carries the track's id). Every reader recognises it through here.
 */
export function isFullAlbumVariant(variant: { sku?: string | null } | null | undefined, albumId: string): boolean {
  return !!variant && variant.sku === albumId
}

export function fullAlbumVariantOf<V extends { sku?: string | null }>(variants: (V | null | undefined)[] | null | undefined, albumId: string): V | undefined {
  return (variants ?? []).find((v): v is V => isFullAlbumVariant(v, albumId))
}
