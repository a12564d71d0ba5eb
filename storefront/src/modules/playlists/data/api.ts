import type { ApiTrackCard } from "@lib/util/music-api"
import type { MyPlaylistSummary } from "./types"

/** The Store API's shapes for customer playlists (src/api/store/playlists on the backend). */
// The backend's own shape, type-only (a type import never reaches Next's bundler, which keeps to this folder).
import type { PlaylistSummary as ApiPlaylistSummary } from "../../../../../src/types/store-api/playlists"
export type { ApiPlaylistSummary }

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
