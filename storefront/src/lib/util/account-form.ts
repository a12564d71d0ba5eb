/**
 * What an account form's action answers: a message for the whole form,
 * messages per field, and the values typed (never the password) so the form
 * shows them again.
 */
export type FormState = {
  error?: string
  fieldErrors?: Partial<Record<string, string>>
  values?: Record<string, string>
  /** A confirmation to announce, e.g. "Profile saved". */
  success?: string
}

export const MIN_PASSWORD_LENGTH = 8
const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/
const PHONE = /^\+?[0-9][0-9 ().\-]{3,30}$/

export function text(form: FormData, name: string): string {
  const v = form.get(name)
  return typeof v === "string" ? v.trim() : ""
}

/** The raw password: spaces are part of it. */
export function password(form: FormData, name = "password"): string {
  const v = form.get(name)
  return typeof v === "string" ? v : ""
}

export function checkEmail(email: string): string | undefined {
  if (!email) return "Enter your email address."
  if (email.length > 254 || !EMAIL.test(email)) return "Enter a valid email address, like name@example.com."
}

export function checkNewPassword(pw: string): string | undefined {
  if (!pw) return "Choose a password."
  if (pw.length < MIN_PASSWORD_LENGTH) return `Use at least ${MIN_PASSWORD_LENGTH} characters.`
  if (pw.length > 128) return "Use at most 128 characters."
}

export function checkName(value: string, label: string): string | undefined {
  if (!value) return `Enter your ${label}.`
  if (value.length > 100) return `Your ${label} can be at most 100 characters.`
}

export function checkPhone(phone: string): string | undefined {
  if (phone && !PHONE.test(phone)) return "Enter a phone number, like +1 555 0100, or leave it empty."
}

/** Drops fields without a problem; null when every field is fine. */
export function problems(errors: Record<string, string | undefined>): FormState["fieldErrors"] | null {
  const found = Object.fromEntries(Object.entries(errors).filter(([, v]) => v)) as Record<string, string>
  return Object.keys(found).length ? found : null
}

// Pages a signed-in customer is sent away from: going back to one would loop.
const SIGNED_OUT_PAGES = /^\/account\/(login|register|reset-password)(\/|\?|#|$)/

/** Where to go after logging in: only a path on this site, never another origin. */
export function safeNext(next: string | null | undefined, fallback = "/account"): string {
  if (!next || !next.startsWith("/")) return fallback
  // Parsed as a browser would (which also reads "/\\host" and "/\t/host" as
  // another host); only a path on this origin survives.
  const base = "http://store.invalid"
  let url: URL
  try {
    url = new URL(next, base)
  } catch {
    return fallback
  }
  if (url.origin !== base) return fallback
  const path = `${url.pathname}${url.search}${url.hash}`
  return SIGNED_OUT_PAGES.test(path) ? fallback : path
}
