import { backendUrl } from "../email-links"
import { signAccessToken } from "./access-token"
import { DOWNLOADS_PATH } from "./issue-url"

type Env = Record<string, string | undefined>

const DEFAULT_EMAIL_TTL_SECONDS = 72 * 60 * 60

/**
 * DOWNLOAD_EMAIL_URL_TTL in seconds (default 72 hours): how long a download
 * link mailed to a customer works. Longer than the library's own links
 * (DOWNLOAD_URL_TTL), since an email is read hours later; still a signed,
 * expiring link, and the server checks ownership again when it is opened.
 */
export function emailedUrlTtlSeconds(env: Env = process.env): number {
  const raw = env.DOWNLOAD_EMAIL_URL_TTL?.trim()
  if (!raw) return DEFAULT_EMAIL_TTL_SECONDS
  if (!/^\d+$/.test(raw) || Number(raw) < 60) {
    throw new Error(`DOWNLOAD_EMAIL_URL_TTL must be a whole number of seconds, at least 60 (got "${raw}").`)
  }
  return Number(raw)
}

/**
 * A signed link to download the ZIP of the customer's tracks of an album,
 * for an email: built from MEDUSA_BACKEND_URL, never from a request's Host
 * (see email-links.ts), on the same /downloads route the library uses.
 */
export function emailedAlbumDownload(customerId: string, albumId: string, env: Env = process.env) {
  const expires = Math.floor(Date.now() / 1000) + emailedUrlTtlSeconds(env)
  const token = signAccessToken({ kind: "album", mode: "download", customer_id: customerId, id: albumId, expires_at: expires })
  return { url: `${backendUrl(env)}${DOWNLOADS_PATH}/${token}`, expires_at: new Date(expires * 1000).toISOString() }
}
