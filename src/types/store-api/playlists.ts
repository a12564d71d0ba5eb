/*
 * A customer's playlist as the /store/playlists routes answer with it. Free
 * of imports, like the other files here: the storefront reads it type-only.
 */

/** A customer's playlist as its owner sees it in lists and after a change. */
export type PlaylistSummary = {
  id: string
  name: string
  description: string | null
  visibility: "private" | "public"
  /** The link that shows it to anyone; null while it is private or not shared. */
  share_url: string | null
  track_count: number
  created_at: string
  updated_at: string
}
