import type { ApiTrackCard } from "@lib/util/music-api"
import type { MyPlaylistSummary } from "./types"

/** The Store API's shapes for customer playlists (src/api/store/playlists on the backend). */
export type ApiPlaylistSummary = {
  id: string
  name: string
  description: string | null
  visibility: "private" | "public"
  share_url: string | null
  track_count: number
  created_at: string
  updated_at: string
}

export type ApiOwnerEntry =
  | ({ available: true; position: number } & ApiTrackCard)
  | { available: false; position: number; id: string; name: string | null }

export function summaryOf(p: ApiPlaylistSummary): MyPlaylistSummary {
  return {
    id: p.id,
    name: p.name,
    description: p.description || null,
    visibility: p.visibility,
    shareUrl: p.share_url,
    trackCount: p.track_count,
    updatedAt: p.updated_at,
  }
}
