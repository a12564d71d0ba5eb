/**
 * Medusa variants have no status of their own, so a track staff take off
 * sale while its album stays published is marked on the variant that sells
 * it: `metadata.hidden_from_store`. The visibility sync reads the mark into
 * the track's `sales_channel_ids` (empty: hidden), so every store read hides
 * the track, and the cart refuses its variant.
 */
export const TRACK_HIDDEN_KEY = "hidden_from_store"

export function isHiddenVariant(variant: { metadata?: Record<string, unknown> | null } | null | undefined): boolean {
  return variant?.metadata?.[TRACK_HIDDEN_KEY] === true
}
