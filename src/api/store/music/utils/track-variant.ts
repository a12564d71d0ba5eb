/** A track as the Store API shows it: the linked variant flattened to `variant_id`. */
export function trackWithVariant<T extends { product_variant?: { id: string } | null }>({ product_variant, ...track }: T) {
  return { ...track, variant_id: product_variant?.id ?? null }
}
