import type { SupportStatus } from "./types"

/** An amount in a currency, as the admin shows money ("$833.04"). */
export function money(amount: number, currency: string) {
  try {
    return new Intl.NumberFormat(undefined, { style: "currency", currency: currency.toUpperCase() }).format(amount)
  } catch {
    return `${amount.toFixed(2)} ${currency.toUpperCase()}`
  }
}

/** Several currencies' amounts on one line. */
export function moneyList(rows: { currency_code: string; net: number }[]) {
  return rows.length ? rows.map((r) => money(r.net, r.currency_code)).join(" · ") : money(0, "usd")
}

export function dateTime(value: string | null | undefined) {
  if (!value) return "—"
  return new Date(value).toLocaleString(undefined, { dateStyle: "medium", timeStyle: "short" })
}

export function date(value: string | null | undefined) {
  if (!value) return "—"
  return new Date(value).toLocaleDateString(undefined, { dateStyle: "medium", timeZone: "UTC" })
}

export const STATUS_LABEL: Record<SupportStatus, string> = {
  open: "Open",
  pending: "Waiting for customer",
  resolved: "Resolved",
}

export const STATUS_COLOR: Record<SupportStatus, "orange" | "blue" | "green"> = {
  open: "orange",
  pending: "blue",
  resolved: "green",
}

export const customerName = (c: { first_name: string | null; last_name: string | null; email: string | null } | null) =>
  c ? [c.first_name, c.last_name].filter(Boolean).join(" ") || c.email || "—" : "—"

/** The message of an error from sdk.client.fetch (our routes answer { message }). */
export const errorMessage = (e: unknown) => (e as any)?.message ?? String(e)
