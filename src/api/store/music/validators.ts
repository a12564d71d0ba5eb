import { z } from "@medusajs/framework/zod"

/** Paging as Medusa's own store routes take it, with limits a client cannot abuse. */
/** Prices albums in lists: the full album's price in this region. */
const region_id = z.string().trim().min(1).max(100).optional()

const page = {
  limit: z.coerce.number().int().min(1).max(100).default(20),
  offset: z.coerce.number().int().min(0).max(1_000_000).default(0),
  fields: z.string().max(1000).optional(),
}

export const StoreMusicSearchText = z.string().trim().min(1).max(200)

export const StoreGetGenresParams = z.object({ ...page })
export const StoreGetGenreParams = z.object({ fields: page.fields, region_id })

export const StoreGetArtistsParams = z.object({ ...page, q: StoreMusicSearchText.optional() })
export const StoreGetArtistParams = z.object({ fields: page.fields, region_id })

export const StoreGetAlbumsParams = z.object({
  ...page,
  q: StoreMusicSearchText.optional(),
  artist_id: z.string().max(100).optional(),
  genre_id: z.string().max(100).optional(),
  order: z.enum(["title", "-title", "created_at", "-created_at"]).default("title"),
  region_id,
})
export const StoreGetAlbumParams = z.object({ fields: page.fields, region_id })

export const StoreGetPlaylistsParams = z.object({ ...page })
export const StoreGetPlaylistParams = z.object({
  ...page,
  // A playlist's tracks come a page at a time: Chinook's "Music" holds 3290.
  limit: z.coerce.number().int().min(1).max(200).default(50),
})

const id = z.string().trim().min(1).max(100)

export const StoreGetTracksParams = z.object({
  ...page,
  q: StoreMusicSearchText.optional(),
  genre_id: id.optional(),
  album_id: id.optional(),
  artist_id: id.optional(),
  media_type_id: id.optional(),
})

export const StoreGetChartsParams = z.object({
  genre_id: id.optional(),
  // Absent: all time.
  days: z.coerce.number().int().min(1).max(36_500).optional(),
  limit: z.coerce.number().int().min(1).max(50).default(10),
  region_id,
})

export const StoreGetRelatedAlbumsParams = z.object({
  limit: z.coerce.number().int().min(1).max(24).default(6),
  region_id,
})

export const StoreGetTrackPreviewParams = z.object({})

export const StoreMusicSearchParams = z.object({
  q: StoreMusicSearchText,
  // Per kind: a search box shows a handful of each, a results page more.
  limit: z.coerce.number().int().min(1).max(20).default(5),
  region_id,
})

export type StoreGetTracksParamsType = z.infer<typeof StoreGetTracksParams>
export type StoreGetChartsParamsType = z.infer<typeof StoreGetChartsParams>
export type StoreGetRelatedAlbumsParamsType = z.infer<typeof StoreGetRelatedAlbumsParams>
export type StoreMusicSearchParamsType = z.infer<typeof StoreMusicSearchParams>
export type StoreGetPlaylistParamsType = z.infer<typeof StoreGetPlaylistParams>
export type StoreGetAlbumsParamsType = z.infer<typeof StoreGetAlbumsParams>
export type StoreGetAlbumParamsType = z.infer<typeof StoreGetAlbumParams>
export type StoreGetGenreParamsType = z.infer<typeof StoreGetGenreParams>
export type StoreGetArtistParamsType = z.infer<typeof StoreGetArtistParams>
export type StoreGetGenresParamsType = z.infer<typeof StoreGetGenresParams>
export type StoreGetArtistsParamsType = z.infer<typeof StoreGetArtistsParams>
