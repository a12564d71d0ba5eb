export type SearchParamValue = string | string[] | undefined

/** The first value of a query parameter, trimmed; "" when absent. */
export function firstParam(value: SearchParamValue): string {
  const raw = Array.isArray(value) ? value[0] : value
  return (raw ?? "").trim()
}

/** A page number from ?page=: 1 unless it is a whole number from 1 up. */
export function parsePage(value: SearchParamValue): number {
  const n = Number(firstParam(value))
  return Number.isInteger(n) && n >= 1 ? Math.min(n, 100_000) : 1
}
