import type { TrackCard } from "@/types/album"

/** A playlist of the signed-in customer, as lists and the editor show it. */
export type MyPlaylistSummary = {
  id: string
  name: string
  description: string | null
  visibility: "private" | "public"
  /** The link anyone may open; null while private or not shared. */
  shareUrl: string | null
  trackCount: number
  updatedAt: string
}

/** An entry of the owner's playlist: a track on sale, or one the store no longer sells. */
export type MyPlaylistEntry =
  | ({ available: true; position: number } & TrackCard)
  | { available: false; position: number; id: string; title: string | null }

export type MyPlaylist = MyPlaylistSummary & {
  /** The whole order, every page: a reorder sends it whole. */
  trackIds: string[]
  entries: MyPlaylistEntry[]
  page: number
  pageSize: number
  pageCount: number
  /** Index of the page's first entry in `trackIds`. */
  offset: number
}

/** A playlist someone shared: read-only. */
export type SharedPlaylist = {
  id: string
  name: string
  description: string | null
  tracks: (TrackCard & { position: number })[]
  count: number
  page: number
  pageSize: number
  pageCount: number
}
