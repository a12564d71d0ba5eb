import { z } from "@medusajs/framework/zod"
import { PLAYLIST_DESCRIPTION_MAX, PLAYLIST_MAX_TRACKS, PLAYLIST_NAME_MAX } from "../../../modules/playlists/limits"
import { isCleanText } from "../../utils/clean-text"
import { noFields, shape } from "../music/utils/fields"

/*
 * Requests of the playlist routes. Lengths count characters as people do
 * (code points: an emoji is one), after trimming.
 */

const clean = (field: string) => ({ message: `${field}: must be text without NUL bytes, in valid UTF-8` })
const chars = (s: string) => [...s].length

const name = z
  .string({ message: "name: must be text" })
  .trim()
  .refine(isCleanText, clean("name"))
  .refine((s) => chars(s) >= 1 && chars(s) <= PLAYLIST_NAME_MAX, {
    message: `name: must be 1 to ${PLAYLIST_NAME_MAX} characters`,
  })

// Empty or null clears the description.
const description = z
  .string({ message: "description: must be text or null" })
  .trim()
  .refine(isCleanText, clean("description"))
  .refine((s) => chars(s) <= PLAYLIST_DESCRIPTION_MAX, {
    message: `description: must be at most ${PLAYLIST_DESCRIPTION_MAX} characters`,
  })
  .nullable()
  .transform((s) => (s ? s : null))

const visibility = z.enum(["private", "public"], { message: "visibility: must be private or public" })

const id = (field: string) =>
  z
    .string({ message: `${field}: must be an id` })
    .trim()
    .min(1, { message: `${field}: must be an id` })
    .max(100, { message: `${field}: must be an id of at most 100 characters` })
    .refine(isCleanText, clean(field))

const trackIds = (min: number) =>
  z
    .array(id("track_ids"), { message: "track_ids: must be a list of track ids" })
    .min(min, { message: `track_ids: must name at least ${min} track` })
    .max(PLAYLIST_MAX_TRACKS, { message: `track_ids: a playlist holds at most ${PLAYLIST_MAX_TRACKS.toLocaleString("en-US")} tracks` })
    .refine((ids) => new Set(ids).size === ids.length, { message: "track_ids: names a track more than once; a track is in a playlist once" })

const NoBody = z.preprocess((body) => body ?? {}, z.object({}).strict())

// What each answer holds, and so all that `fields` may name.
const SUMMARY = ["id", "name", "description", "visibility", "share_url", "track_count", "created_at", "updated_at"]
const TRACK = [
  "id", "name", "track_number", "milliseconds", "composer", "genre.id", "genre.name", "media_type.id", "media_type.name",
  "variant_id", "price.amount", "price.currency_code", "album.id", "album.title", "album.handle", "album.cover_url",
  "artist.id", "artist.name",
]
export const CustomerPlaylistShape = shape(SUMMARY)
export const CustomerPlaylistPageShape = shape([
  ...SUMMARY, "track_ids", "tracks.position", "tracks.available", ...TRACK.map((f) => `tracks.${f}`),
])
export const SharedPlaylistShape = shape(["id", "name", "description", "tracks.position", ...TRACK.map((f) => `tracks.${f}`)])

export const StoreListCustomerPlaylistsParams = z.object({
  limit: z.coerce.number().int().min(1).max(100).default(50),
  offset: z.coerce.number().int().min(0).max(100_000).default(0),
  fields: CustomerPlaylistShape.param,
})
export type StoreListCustomerPlaylistsParamsType = z.infer<typeof StoreListCustomerPlaylistsParams>

const region_id = id("region_id").optional()

// An owner's page may be long: the storefront reorders up to 500 rows at a time.
export const StoreGetCustomerPlaylistParams = z.object({
  limit: z.coerce.number().int().min(1).max(500).default(100),
  offset: z.coerce.number().int().min(0).max(PLAYLIST_MAX_TRACKS).default(0),
  region_id,
  fields: CustomerPlaylistPageShape.param,
})
export type StoreGetCustomerPlaylistParamsType = z.infer<typeof StoreGetCustomerPlaylistParams>

export const StoreGetSharedPlaylistParams = z.object({
  limit: z.coerce.number().int().min(1).max(200).default(50),
  offset: z.coerce.number().int().min(0).max(PLAYLIST_MAX_TRACKS).default(0),
  region_id,
  fields: SharedPlaylistShape.param,
})
export type StoreGetSharedPlaylistParamsType = z.infer<typeof StoreGetSharedPlaylistParams>

/** Mutations answer with a fixed shape. */
export const StoreFixedShapeParams = z.object({ fields: noFields })

export const StoreCreateCustomerPlaylist = z
  .object({
    name,
    description: description.optional(),
    visibility: visibility.optional(),
    track_ids: trackIds(0).optional(),
  })
  .strict()
export type StoreCreateCustomerPlaylistType = z.infer<typeof StoreCreateCustomerPlaylist>

export const StoreUpdateCustomerPlaylist = z
  .object({ name: name.optional(), description: description.optional(), visibility: visibility.optional() })
  .strict()
  .refine((b) => b.name !== undefined || b.description !== undefined || b.visibility !== undefined, {
    message: "Give name, description or visibility to change",
  })
export type StoreUpdateCustomerPlaylistType = z.infer<typeof StoreUpdateCustomerPlaylist>

/** One track (`track_id`) or several (`track_ids`), at the end or at a 0-based `position`. */
export const StoreAddPlaylistTracks = z
  .object({
    track_id: id("track_id").optional(),
    track_ids: trackIds(1).optional(),
    position: z.number({ message: "position: must be a whole number from 0" }).int({ message: "position: must be a whole number from 0" }).min(0, { message: "position: must be a whole number from 0" }).optional(),
  })
  .strict()
  .refine((b) => (b.track_id === undefined) !== (b.track_ids === undefined), { message: "Give either track_id or track_ids" })
export type StoreAddPlaylistTracksType = z.infer<typeof StoreAddPlaylistTracks>

export const StoreReorderPlaylist = z.object({ track_ids: trackIds(0) }).strict()
export type StoreReorderPlaylistType = z.infer<typeof StoreReorderPlaylist>

export const StoreSharePlaylist = NoBody

export const StoreCopyPlaylist = z.preprocess((body) => body ?? {}, z.object({ name: name.optional() }).strict())
export type StoreCopyPlaylistType = { name?: string }

/** "Buy what I don't own": which playlist, by id (an editorial one or the customer's own) or by share link token. */
export const StoreAddPlaylistToCart = z
  .object({ playlist_id: id("playlist_id").optional(), share_token: id("share_token").optional() })
  .strict()
  .refine((b) => (b.playlist_id === undefined) !== (b.share_token === undefined), { message: "Give either playlist_id or share_token" })
export type StoreAddPlaylistToCartType = z.infer<typeof StoreAddPlaylistToCart>
