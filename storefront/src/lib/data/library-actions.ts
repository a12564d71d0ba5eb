"use server"

import { getSdk } from "../sdk"
import { statusOf } from "../util/auth-errors"
import { getAuthHeaders } from "./cookies"

export type SignedUrlAnswer = { url?: string; error?: string }

const PATHS = {
  download: (id: string) => `/store/customers/me/library/tracks/${encodeURIComponent(id)}/download`,
  stream: (id: string) => `/store/customers/me/library/tracks/${encodeURIComponent(id)}/stream`,
  album: (id: string) => `/store/customers/me/library/albums/${encodeURIComponent(id)}/download`,
}

/**
 * A signed, expiring URL for something the customer owns: the browser then
 * opens it itself (a download, or the player's source). The bearer token
 * stays on the server.
 */
export async function signedUrl(kind: keyof typeof PATHS, id: string): Promise<SignedUrlAnswer> {
  if (!Object.hasOwn(PATHS, kind)) return { error: "This is not in your library." }
  const auth = await getAuthHeaders()
  if (!auth) return { error: "Sign in to download or play what you own." }
  try {
    const { url } = await getSdk().client.fetch<{ url: string }>(PATHS[kind](id), { method: "POST", headers: auth })
    return { url }
  } catch (e) {
    const status = statusOf(e)
    if (status === 401) return { error: "Your session has ended. Sign in again to continue." }
    if (status === 403 || status === 404) return { error: "This is not in your library." }
    if (status === 503) return { error: "The file is being prepared. Try again in a few seconds." }
    return { error: "The file can't be reached right now. Try again in a moment." }
  }
}

/**
 * The full track for the player when the signed-in customer owns it; null
 * otherwise (a visitor, or a track not owned), and the player takes the
 * 30-second preview.
 */
export async function streamUrlIfOwned(trackId: string): Promise<string | null> {
  if (!(await getAuthHeaders())) return null
  const answer = await signedUrl("stream", trackId)
  return answer.url ?? null
}
