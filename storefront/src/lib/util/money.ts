import type { Money } from "@/types/album"

const formatters = new Map<string, Intl.NumberFormat>()

/** "$7.99" for 7.99 USD; amounts are in major units as Medusa returns them. */
export function formatMoney({ amount, currencyCode }: Money, locale = "en-US"): string {
  const currency = currencyCode.toUpperCase()
  const key = `${locale}:${currency}`
  let formatter = formatters.get(key)
  if (!formatter) {
    formatter = new Intl.NumberFormat(locale, { style: "currency", currency })
    formatters.set(key, formatter)
  }
  return formatter.format(amount)
}
