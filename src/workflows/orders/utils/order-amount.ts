/** A number as Query returns it: a plain number, or Medusa's BigNumber (raw or serialized). */
export function amountOf(value: unknown): number {
  if (value != null && typeof value === "object") {
    const v = value as { numeric?: number; value?: string | number }
    return Number(v.numeric ?? v.value)
  }
  return Number(value)
}

/** The sum of an order's items, in whole cents so the sum of many 0.99s does not drift. */
export function orderAmount(items: { unit_price: unknown; quantity: unknown }[]) {
  const cents = items.reduce((sum: number, item) => sum + Math.round(amountOf(item.unit_price) * 100) * amountOf(item.quantity), 0)
  if (!Number.isFinite(cents)) {
    throw new Error("orderAmount: an item has no numeric unit_price or quantity.")
  }
  return cents / 100
}
