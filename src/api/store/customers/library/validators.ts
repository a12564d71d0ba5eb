import { z } from "@medusajs/framework/zod"
import { shape } from "../../music/utils/fields"

// What the library's answer holds, and so all that `fields` may name.
export const LibraryAlbumShape = shape([
  "id", "title", "handle", "cover_url", "thumbnail", "artist.id", "artist.name", "owned_track_count",
  "tracks.id", "tracks.name", "tracks.track_number", "tracks.milliseconds",
  "tracks.purchased_at", "tracks.order.id", "tracks.order.display_id",
])

export const StoreGetLibraryParams = z.object({
  limit: z.coerce.number().int().min(1).max(50).default(20),
  offset: z.coerce.number().int().min(0).max(100_000).default(0),
  fields: LibraryAlbumShape.param,
})
export type StoreGetLibraryParamsType = z.infer<typeof StoreGetLibraryParams>

export const libraryQueryConfig = { defaults: LibraryAlbumShape.defaults, allowed: LibraryAlbumShape.allowed, isList: true, defaultLimit: 20 }

// The owned variants take no parameters: anything sent is a mistake worth a 400.
export const StoreGetOwnedVariantsParams = z.object({}).strict()
