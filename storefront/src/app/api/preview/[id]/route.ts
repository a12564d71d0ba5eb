import { readStoreConfig } from "@lib/config"

export const dynamic = "force-dynamic"

// What the browser needs to play and seek the clip; nothing else is passed on.
const PASSED_HEADERS = [
  "content-type",
  "content-length",
  "content-range",
  "accept-ranges",
  "cache-control",
  "etag",
  "last-modified",
]

/**
 * GET /api/preview/:trackId: the track's demo clip from the backend, for the
 * player's <audio> element, which cannot send the publishable key itself.
 * Range requests go through, so the browser can seek.
 */
export async function GET(req: Request, { params }: { params: Promise<{ id: string }> }) {
  const config = readStoreConfig()
  if (!config) {
    return new Response("The storefront has no publishable key.", { status: 503 })
  }
  const { id } = await params
  if (!/^[A-Za-z0-9_-]{1,100}$/.test(id)) {
    return new Response("Not a track id.", { status: 400 })
  }
  const headers = new Headers({
    "x-publishable-api-key": config.publishableKey,
    // The bytes go through as they come: lengths and ranges must match.
    "accept-encoding": "identity",
  })
  const range = req.headers.get("range")
  if (range) headers.set("range", range)
  for (const h of ["if-range", "if-none-match", "if-modified-since"]) {
    const v = req.headers.get(h)
    if (v) headers.set(h, v)
  }

  let upstream: Response
  try {
    upstream = await fetch(`${config.backendUrl}/store/music/tracks/${encodeURIComponent(id)}/preview`, {
      headers,
      cache: "no-store",
      signal: req.signal,
    })
  } catch {
    return new Response("The music server is unreachable.", { status: 502 })
  }
  const out = new Headers()
  for (const h of PASSED_HEADERS) {
    const v = upstream.headers.get(h)
    if (v) out.set(h, v)
  }
  if (!out.has("cache-control") && upstream.ok) {
    out.set("cache-control", "public, max-age=3600")
  }
  return new Response(upstream.body, { status: upstream.status, headers: out })
}
