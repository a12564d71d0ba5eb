/**
 * Absolute links that emails carry. They are built on the server from the
 * environment, never from a request's Host header, so a forged request cannot
 * make the store mail a link to someone else's site.
 */
export function storefrontUrl(env: Record<string, string | undefined> = process.env): string {
  return (env.STOREFRONT_URL?.trim() || "http://localhost:8000").replace(/\/+$/, "")
}

export function adminUrl(env: Record<string, string | undefined> = process.env): string {
  return `${(env.MEDUSA_BACKEND_URL?.trim() || "http://localhost:9000").replace(/\/+$/, "")}/app`
}

/** The storefront page that takes a reset token and sets a new password. */
export function customerPasswordResetUrl(email: string, token: string, env = process.env): string {
  const params = new URLSearchParams({ token, email })
  return `${storefrontUrl(env)}/account/reset-password/new?${params}`
}

/** Medusa's admin has its own reset page, which reads the same two parameters. */
export function staffPasswordResetUrl(email: string, token: string, env = process.env): string {
  const params = new URLSearchParams({ token, email })
  return `${adminUrl(env)}/reset-password?${params}`
}

export function libraryUrl(env = process.env): string {
  return `${storefrontUrl(env)}/account/library`
}

/** A support request's page in the customer's account. */
export function supportRequestUrl(id: string, env = process.env): string {
  return `${storefrontUrl(env)}/account/support/${encodeURIComponent(id)}`
}

/** A support request's page in the admin's Support queue. */
export function adminSupportRequestUrl(id: string, env = process.env): string {
  return `${adminUrl(env)}/support/${encodeURIComponent(id)}`
}

/** Medusa's admin page that accepts a staff invite (it reads `token`). */
export function staffInviteUrl(token: string, env = process.env): string {
  return `${adminUrl(env)}/invite?${new URLSearchParams({ token })}`
}

/** The backend's public URL: where signed download links in emails point. */
export function backendUrl(env: Record<string, string | undefined> = process.env): string {
  return (env.MEDUSA_BACKEND_URL?.trim() || "http://localhost:9000").replace(/\/+$/, "")
}
