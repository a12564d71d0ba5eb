import type { Knex } from "@medusajs/framework/mikro-orm/knex"

export type LibraryPage = { album_ids: string[]; count: number }
export type LibraryTrackRow = { track_id: string; album_id: string; order_id: string; granted_at: Date }

const owned = (db: Knex, customerId: string) =>
  db("owned_track").where({ customer_id: customerId }).whereNull("revoked_at").whereNull("deleted_at")

/** Albums with an owned track, the most recently bought first. */
export async function libraryAlbumIds(db: Knex, customerId: string, page: { limit: number; offset: number }): Promise<LibraryPage> {
  const found: { album_id: string; total: string }[] = await owned(db, customerId)
    .select("album_id", db.raw("count(*) over () as total"))
    .groupBy("album_id")
    .orderByRaw("max(granted_at) desc, album_id")
    .limit(page.limit)
    .offset(page.offset)
  if (found.length) return { album_ids: found.map((r) => r.album_id), count: Number(found[0].total) }
  const [{ n }] = await owned(db, customerId).countDistinct({ n: "album_id" })
  return { album_ids: [], count: Number(n) }
}

/** Each owned track of these albums once, with the order that first granted it. */
export async function libraryTracks(db: Knex, customerId: string, albumIds: string[]): Promise<LibraryTrackRow[]> {
  if (!albumIds.length) return []
  return owned(db, customerId)
    .whereIn("album_id", albumIds)
    .distinctOn("track_id")
    .select("track_id", "album_id", "order_id", "granted_at")
    .orderBy([{ column: "track_id" }, { column: "granted_at" }, { column: "order_id" }])
}
