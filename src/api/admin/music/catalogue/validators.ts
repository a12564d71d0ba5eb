import { z } from "@medusajs/framework/zod"
import { isCleanText } from "../../../utils/clean-text"

/*
 * What staff send to /admin/music. Medusa's validator names the field of a
 * missing value, a wrong type or a bound; our own checks carry the field's
 * name in their message. Unknown fields are refused (the validator is strict).
 */

/** Text staff type: trimmed, bounded, and storable by PostgreSQL. */
const text = (field: string, max: number) =>
  z
    .string()
    .trim()
    .min(1)
    .max(max)
    .refine(isCleanText, { message: `${field}: must be text without NUL bytes, in valid UTF-8` })

const id = (field: string) => text(field, 100)
/** An amount in major units (dollars): finite, from 0, rounded to the cent. */
const money = z
  .number()
  .min(0)
  .max(100_000)
  .transform((v) => Math.round(v * 100) / 100)
const url = (field: string) =>
  text(field, 2000).refine((v) => /^(https?:\/\/|\/)/.test(v), { message: `${field}: an http(s) URL or a path from /` })

const paging = {
  limit: z.coerce.number().int().min(1).max(100).default(20),
  offset: z.coerce.number().int().min(0).max(1_000_000).default(0),
}
const nameOrder = z.enum(["name", "-name", "created_at", "-created_at"]).default("name")
const flag = z.enum(["true", "false"]).transform((v) => v === "true")

// Lists

export const AdminListNamedParams = z.object({ ...paging, q: text("q", 200).optional(), order: nameOrder })
export type AdminListNamedParamsType = z.infer<typeof AdminListNamedParams>

export const AdminListAlbumsParams = z.object({
  ...paging,
  q: text("q", 200).optional(),
  artist_id: id("artist_id").optional(),
  genre_id: id("genre_id").optional(),
  media_type_id: id("media_type_id").optional(),
  published: flag.optional(),
  order: z.enum(["title", "-title", "created_at", "-created_at"]).default("title"),
})
export type AdminListAlbumsParamsType = z.infer<typeof AdminListAlbumsParams>

export const AdminListTracksParams = z.object({
  ...paging,
  q: text("q", 200).optional(),
  album_id: id("album_id").optional(),
  artist_id: id("artist_id").optional(),
  genre_id: id("genre_id").optional(),
  media_type_id: id("media_type_id").optional(),
  published: flag.optional(),
  // None: an album's tracks in running order, other lists by name.
  order: z.enum(["name", "-name", "created_at", "-created_at"]).optional(),
})
export type AdminListTracksParamsType = z.infer<typeof AdminListTracksParams>

// Artists, genres, media types

export const AdminNamedBody = z.object({ name: text("name", 200) })
export type AdminNamedBodyType = z.infer<typeof AdminNamedBody>

// Albums and tracks

const trackFields = {
  name: text("name", 300),
  composer: text("composer", 300).nullish(),
  milliseconds: z.number().int().min(1).max(24 * 3600 * 1000),
  bytes: z.number().int().min(0).max(Number.MAX_SAFE_INTEGER).nullish(),
  genre_id: id("genre_id").nullish(),
  media_type_id: id("media_type_id").nullish(),
}

const AlbumTrack = z.object({ ...trackFields, price: money })

export const AdminCreateAlbumBody = z.object({
  title: text("title", 300),
  artist_id: id("artist_id"),
  cover_url: url("cover_url").nullish(),
  /** The full album's price; defaults to 80% of its tracks, rounded up to .99. */
  price: money.optional(),
  /** A draft stays out of the store until published. */
  status: z.enum(["published", "draft"]).default("draft"),
  tracks: z.array(AlbumTrack.strict()).min(1).max(500),
})
export type AdminCreateAlbumBodyType = z.infer<typeof AdminCreateAlbumBody>

export const AdminUpdateAlbumBody = z.object({
  title: text("title", 300).optional(),
  artist_id: id("artist_id").optional(),
  cover_url: url("cover_url").nullish(),
  price: money.optional(),
  published: z.boolean().optional(),
})
export type AdminUpdateAlbumBodyType = z.infer<typeof AdminUpdateAlbumBody>

export const AdminCreateTrackBody = z.object({
  ...trackFields,
  album_id: id("album_id"),
  track_number: z.number().int().min(1).max(10_000).optional(),
  price: money,
})
export type AdminCreateTrackBodyType = z.infer<typeof AdminCreateTrackBody>

export const AdminUpdateTrackBody = z.object({
  name: trackFields.name.optional(),
  composer: trackFields.composer,
  milliseconds: trackFields.milliseconds.optional(),
  bytes: trackFields.bytes,
  genre_id: trackFields.genre_id,
  media_type_id: trackFields.media_type_id,
  track_number: z.number().int().min(1).max(10_000).optional(),
  price: money.optional(),
  published: z.boolean().optional(),
})
export type AdminUpdateTrackBodyType = z.infer<typeof AdminUpdateTrackBody>

/** Moves a track to another album; at the end of it unless a place is given. */
export const AdminMoveTrackBody = z
  .object({
    album_id: id("album_id"),
    track_number: z.number().int().min(1).max(10_000).optional(),
  })
  .strict()
export type AdminMoveTrackBodyType = z.infer<typeof AdminMoveTrackBody>

// Bulk prices

export const AdminPriceChangeBody = z.object({
  /** Every filter given must hold: the tracks (and albums) of a genre, media type, artist or album. */
  scope: z
    .object({
      genre_id: id("scope.genre_id").optional(),
      media_type_id: id("scope.media_type_id").optional(),
      artist_id: id("scope.artist_id").optional(),
      album_id: id("scope.album_id").optional(),
    })
    .strict(),
  /** Tracks' variants, full albums' variants, or both. */
  targets: z.enum(["tracks", "albums", "all"]).default("tracks"),
  change: z
    .object({
      /** set: to `value`; percent: by `value` % (-100 to 1000); amount: by `value` (may be negative). */
      mode: z.enum(["set", "percent", "amount"]),
      value: z.number().min(-100_000).max(100_000),
    })
    .strict(),
  /** The preview's token: apply refuses (409) when the prices changed since. */
  token: z.string().regex(/^[0-9a-f]{32}$/, { message: "token: the token a preview returned" }).optional(),
})
export type AdminPriceChangeBodyType = z.infer<typeof AdminPriceChangeBody>
