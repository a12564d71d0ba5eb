/**
 * A staff price change, worked out in whole cents so that every amount is a
 * price a customer can pay: set to an amount, or change by a percentage or by
 * an amount, rounded half up to the cent and never below zero. Amounts are in
 * major units (dollars), as Medusa stores prices.
 */
export type PriceChange = { mode: "set" | "percent" | "amount"; value: number }

const toCents = (amount: number) => Math.round(amount * 100)

/** The new price, or null when the change needs an old price and there is none. */
export function changedAmount(old: number | null, change: PriceChange): number | null {
  if (change.mode === "set") return Math.max(0, toCents(change.value)) / 100
  if (old == null) return null
  const cents = toCents(old)
  const next =
    change.mode === "percent"
      ? // cents × (100 + p) is exact for whole and half percents; one rounding at the end.
        Math.round((cents * (100 + change.value)) / 100 + 1e-9)
      : cents + toCents(change.value)
  return Math.max(0, next) / 100
}

/** Two amounts name the same price to the cent. */
export const sameCents = (a: number | null, b: number | null) => a != null && b != null && toCents(a) === toCents(b)
