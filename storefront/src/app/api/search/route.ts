import { NextResponse } from "next/server"
import { readStoreConfig } from "@lib/config"
import { search } from "@lib/data/music"

export const dynamic = "force-dynamic"

/**
 * GET /api/search?q=: suggestions for the header's search box (a few
 * artists, albums and tracks), from the backend's search.
 */
export async function GET(req: Request) {
  if (!readStoreConfig()) {
    return NextResponse.json({ message: "The storefront has no publishable key." }, { status: 503 })
  }
  const url = new URL(req.url)
  const q = (url.searchParams.get("q") ?? "").trim().slice(0, 200)
  const limit = Math.min(Math.max(Number(url.searchParams.get("limit")) || 5, 1), 10)
  if (!q) {
    return NextResponse.json({ q, artists: [], albums: [], tracks: [] })
  }
  try {
    const results = await search(q, limit)
    return NextResponse.json(results, { headers: { "cache-control": "private, max-age=30" } })
  } catch (e) {
    console.error("Search suggestions:", e)
    return NextResponse.json({ message: "Search is unavailable right now." }, { status: 502 })
  }
}
