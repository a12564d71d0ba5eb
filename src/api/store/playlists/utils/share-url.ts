import { storefrontUrl } from "../../../../lib/email-links"

/**
 * The storefront page that shows a shared playlist. Built from STOREFRONT_URL
 * (as emailed links are), never from the request's Host header.
 */
export function shareUrl(token: string, env = process.env): string {
  return `${storefrontUrl(env)}/playlists/shared/${encodeURIComponent(token)}`
}
