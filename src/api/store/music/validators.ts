import { z } from "@medusajs/framework/zod"
import { isCleanText } from "../../utils/clean-text"
import { noFields, shape } from "./utils/fields"
import { idListParam } from "./utils/id-list"

/** Text a client sends: trimmed, bounded, and storable by PostgreSQL. */
const text = (max: number) =>
  z
    .string()
    .trim()
    .min(1)
    .max(max)
    .refine(isCleanText, { message: "must be text without NUL bytes, in valid UTF-8" })

const id = text(100)
/** Prices albums and tracks: in this region's currency, for the logged-in customer's groups. */
const region_id = id.optional()

const paging = (max = 100, dflt = 20) => ({
  limit: z.coerce.number().int().min(1).max(max).default(dflt),
  offset: z.coerce.number().int().min(0).max(1_000_000).default(0),
})

export const StoreMusicSearchText = text(200)

// What each route's answer holds, and so all that `fields` may name.
export const GenreShape = shape(["id", "name"])
export const ArtistShape = shape(["id", "name"])
const ALBUM_CARD = [
  "id", "title", "handle", "cover_url", "artist.id", "artist.name", "track_count", "price.amount", "price.currency_code",
]
const TRACK_CARD = [
  "id", "name", "track_number", "milliseconds", "composer", "genre.id", "genre.name", "media_type.id", "media_type.name",
  "variant_id", "price.amount", "price.currency_code", "album.id", "album.title", "album.handle", "album.cover_url",
  "artist.id", "artist.name", "preview",
]
export const AlbumCardShape = shape(ALBUM_CARD)
export const AlbumPageShape = shape([
  ...ALBUM_CARD,
  ...TRACK_CARD.map((f) => `tracks.${f}`),
  "full_album.variant_id", "full_album.price.amount", "full_album.price.currency_code",
])
export const TrackCardShape = shape(TRACK_CARD)
export const PlaylistShape = shape(["id", "name", "description"])

export const StoreGetGenresParams = z.object({ ...paging(), fields: GenreShape.param })
// A genre of a big catalogue holds thousands of albums: they come a page at a time.
export const StoreGetGenreParams = z.object({ ...paging(100, 24), fields: GenreShape.param, region_id })

export const StoreGetArtistsParams = z.object({ ...paging(), q: StoreMusicSearchText.optional(), fields: ArtistShape.param })
export const StoreGetArtistParams = z.object({ ...paging(100, 50), fields: ArtistShape.param, region_id })

export const StoreGetAlbumsParams = z.object({
  ...paging(),
  fields: AlbumCardShape.param,
  q: StoreMusicSearchText.optional(),
  artist_id: id.optional(),
  genre_id: id.optional(),
  order: z.enum(["title", "-title", "created_at", "-created_at"]).default("title"),
  region_id,
})
export const StoreGetAlbumParams = z.object({ fields: AlbumPageShape.param, region_id })

export const StoreGetPlaylistsParams = z.object({ ...paging(), fields: PlaylistShape.param })
// A playlist's tracks come a page at a time: Chinook's "Music" holds 3290.
export const StoreGetPlaylistParams = z.object({ ...paging(200, 50), fields: PlaylistShape.param, region_id })

export const StoreGetTracksParams = z.object({
  ...paging(),
  fields: TrackCardShape.param,
  q: StoreMusicSearchText.optional(),
  genre_id: id.optional(),
  album_id: id.optional(),
  artist_id: id.optional(),
  media_type_id: id.optional(),
  region_id,
})

export const StoreGetChartsParams = z.object({
  genre_id: id.optional(),
  // Absent: all time.
  days: z.coerce.number().int().min(1).max(36_500).optional(),
  limit: z.coerce.number().int().min(1).max(50).default(10),
  region_id,
  fields: noFields,
})

export const StoreGetRelatedAlbumsParams = z.object({
  limit: z.coerce.number().int().min(1).max(24).default(6),
  region_id,
  fields: noFields,
})

export const StoreGetTrackPreviewParams = z.object({ fields: noFields })

export const StoreMusicSearchParams = z.object({
  q: StoreMusicSearchText,
  // Per kind: a search box shows a handful of each, a results page more.
  limit: z.coerce.number().int().min(1).max(20).default(5),
  region_id,
  fields: noFields,
  // Narrow the results (an album by any of its tracks); repeated or comma-separated.
  genre_id: idListParam("genre_id"),
  media_type_id: idListParam("media_type_id"),
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
