/*
 * What GET /store/customers/me/library answers with. Free of imports, like
 * the other files here: the storefront reads it type-only by relative path.
 */

export type LibraryTrack = {
  id: string
  name: string
  track_number: number
  milliseconds: number
  purchased_at: string
  order: { id: string; display_id: number | null }
}

export type LibraryAlbum = {
  id: string
  title: string
  handle: string | null
  cover_url: string | null
  thumbnail: string | null
  artist: { id: string; name: string }
  owned_track_count: number
  tracks: LibraryTrack[]
}
