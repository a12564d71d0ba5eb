import type { Knex } from "@medusajs/framework/mikro-orm/knex"
import { generateEntityId, MedusaError } from "@medusajs/framework/utils"
import { PLAYLIST_MAX_TRACKS } from "../limits"

/*
 * A playlist's order, changed only inside a transaction that holds the
 * playlist's row lock (SELECT ... FOR UPDATE). Every change reads the
 * entries, works out the whole new order and writes the positions that
 * moved, so positions stay 0..n-1 with each track once, whatever runs at
 * the same time: a second change waits for the lock and then reads the
 * first one's result. A track already in the playlist is refused here, under
 * the lock, rather than by a unique index: the imported editorial playlists
 * may list a track twice (see setPlaylistTracksStep), customers' may not.
 */

export type Entry = { id: string; track_id: string; position: number }

const fmt = (n: number) => n.toLocaleString("en-US")

/** Locks the playlist's row for the rest of the transaction; 404 when it does not exist (or was deleted). */
export async function lockPlaylist(knex: Knex, playlistId: string): Promise<void> {
  const row = await knex("playlist").select("id").where({ id: playlistId }).whereNull("deleted_at").forUpdate().first()
  if (!row) {
    throw new MedusaError(MedusaError.Types.NOT_FOUND, `Playlist with id: ${playlistId} was not found`)
  }
}

/** The playlist's live entries, in order. */
export async function readEntries(knex: Knex, playlistId: string): Promise<Entry[]> {
  return knex("playlist_track")
    .select("id", "track_id", "position")
    .where({ playlist_id: playlistId })
    .whereNull("deleted_at")
    .orderBy([{ column: "position" }, { column: "id" }])
}

/** Marks an entry not yet in the table: `applyOrder` inserts it. */
const NEW = -1

/**
 * Makes `ordered` the playlist's order: each entry's position becomes its
 * index. Entries that moved are updated in one statement, new ones
 * (position NEW) inserted; the playlist's updated_at says it changed.
 */
async function applyOrder(knex: Knex, playlistId: string, ordered: Entry[]) {
  const moved = ordered.flatMap((e, i) => (e.position !== NEW && e.position !== i ? [{ id: e.id, position: i }] : []))
  const inserted = ordered.flatMap((e, i) =>
    e.position === NEW ? [{ id: e.id, track_id: e.track_id, position: i, playlist_id: playlistId }] : []
  )
  if (moved.length) {
    await knex.raw(
      `update "playlist_track" as "pt" set "position" = "v"."position", "updated_at" = now()
       from (select unnest(?::text[]) as "id", unnest(?::int[]) as "position") as "v"
       where "pt"."id" = "v"."id" and "pt"."playlist_id" = ?`,
      [moved.map((m) => m.id), moved.map((m) => m.position), playlistId]
    )
  }
  if (inserted.length) {
    await knex("playlist_track").insert(inserted)
  }
  await knex("playlist").update({ updated_at: knex.fn.now() }).where({ id: playlistId })
}

/**
 * Inserts tracks at `position` (default: the end), in the order given.
 * Refuses a track already there (409), a position past the end and a
 * playlist that would pass the size limit (400).
 */
export async function insertEntries(knex: Knex, playlistId: string, trackIds: string[], position?: number) {
  if (new Set(trackIds).size !== trackIds.length) {
    throw new MedusaError(MedusaError.Types.INVALID_DATA, "track_ids: names a track more than once; a track is in a playlist once.")
  }
  const current = await readEntries(knex, playlistId)
  const present = new Set(current.map((e) => e.track_id))
  const already = trackIds.filter((t) => present.has(t))
  if (already.length) {
    throw new MedusaError(
      MedusaError.Types.CONFLICT,
      `${already.length === 1 ? `Track ${already[0]} is` : `Tracks ${already.join(", ")} are`} already in this playlist; a track is in a playlist once.`
    )
  }
  if (current.length + trackIds.length > PLAYLIST_MAX_TRACKS) {
    throw new MedusaError(
      MedusaError.Types.INVALID_DATA,
      `track_ids: a playlist holds at most ${fmt(PLAYLIST_MAX_TRACKS)} tracks; this one has ${fmt(current.length)} and ${fmt(trackIds.length)} more would make ${fmt(current.length + trackIds.length)}.`
    )
  }
  const at = position ?? current.length
  if (!Number.isInteger(at) || at < 0 || at > current.length) {
    throw new MedusaError(
      MedusaError.Types.INVALID_DATA,
      `position: must be between 0 and ${current.length} (the playlist has ${fmt(current.length)} tracks).`
    )
  }
  const fresh: Entry[] = trackIds.map((track_id) => ({ id: generateEntityId(undefined, "pltr"), track_id, position: NEW }))
  await applyOrder(knex, playlistId, [...current.slice(0, at), ...fresh, ...current.slice(at)])
  const added = fresh.map((e, i) => ({ ...e, position: at + i }))
  return { added, count: current.length + added.length }
}

/** Removes these tracks' entries (404 for a track not in the playlist) and closes the gaps; returns the removed entries. */
export async function deleteEntries(knex: Knex, playlistId: string, trackIds: string[]) {
  const current = await readEntries(knex, playlistId)
  const byTrack = new Map(current.map((e) => [e.track_id, e]))
  const missing = trackIds.filter((t) => !byTrack.has(t))
  if (missing.length) {
    throw new MedusaError(MedusaError.Types.NOT_FOUND, `Track ${missing.join(", ")} is not in this playlist`)
  }
  const removing = new Set(trackIds)
  const removed = current.filter((e) => removing.has(e.track_id))
  await knex("playlist_track").whereIn("id", removed.map((e) => e.id)).delete()
  const rest = current.filter((e) => !removing.has(e.track_id))
  await applyOrder(knex, playlistId, rest)
  return { removed, count: rest.length }
}

/**
 * Puts the playlist in exactly this order. `trackIds` must name each of its
 * tracks once: a list made from an older read (a track added or removed
 * since) is refused with 409, and nothing moves.
 */
export async function setOrder(knex: Knex, playlistId: string, trackIds: string[]) {
  const current = await readEntries(knex, playlistId)
  const byTrack = new Map(current.map((e) => [e.track_id, e]))
  const given = new Set(trackIds)
  const unknown = trackIds.filter((t) => !byTrack.has(t))
  const left = current.filter((e) => !given.has(e.track_id)).map((e) => e.track_id)
  if (unknown.length || left.length || given.size !== trackIds.length) {
    const why = [
      unknown.length ? `not in it: ${unknown.slice(0, 5).join(", ")}${unknown.length > 5 ? "…" : ""}` : "",
      left.length ? `missing: ${left.slice(0, 5).join(", ")}${left.length > 5 ? "…" : ""}` : "",
    ].filter(Boolean)
    throw new MedusaError(
      MedusaError.Types.CONFLICT,
      `track_ids must list each of the playlist's ${fmt(current.length)} tracks exactly once${why.length ? ` (${why.join("; ")})` : ""}; the playlist may have changed since it was read.`
    )
  }
  await applyOrder(knex, playlistId, trackIds.map((t) => byTrack.get(t)!))
  return { previous: current.map((e) => e.track_id), count: current.length }
}

/**
 * Compensation of a reorder: the entries named come back in this order,
 * first; entries added since follow in their current order; tracks removed
 * since stay removed.
 */
export async function restoreOrder(knex: Knex, playlistId: string, trackIds: string[]) {
  const current = await readEntries(knex, playlistId)
  const rank = new Map(trackIds.map((t, i) => [t, i]))
  const ordered = [...current].sort((a, b) => {
    const ra = rank.get(a.track_id) ?? trackIds.length + a.position
    const rb = rank.get(b.track_id) ?? trackIds.length + b.position
    return ra - rb
  })
  await applyOrder(knex, playlistId, ordered)
}

/**
 * Compensation of a removal: the removed entries come back with their ids,
 * at their old positions as far as the playlist allows (a track added again
 * since is left where it is now).
 */
export async function reinsertEntries(knex: Knex, playlistId: string, removed: Entry[]) {
  const current = await readEntries(knex, playlistId)
  const present = new Set(current.map((e) => e.track_id))
  const back = removed.filter((e) => !present.has(e.track_id)).sort((a, b) => a.position - b.position)
  if (!back.length) return
  const ordered: Entry[] = [...current]
  for (const e of back) ordered.splice(Math.min(e.position, ordered.length), 0, { ...e, position: NEW })
  await applyOrder(knex, playlistId, ordered)
}
