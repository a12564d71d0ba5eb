import type { Context } from "@medusajs/framework/types"
import type { EntityManager, Knex } from "@medusajs/framework/mikro-orm/knex"
import { InjectManager, InjectTransactionManager, MedusaContext, MedusaService } from "@medusajs/framework/utils"
import { Playlist } from "./models/playlist"
import { PlaylistTrack } from "./models/playlist-track"
import * as order from "./entries/order"

export type { Entry as PlaylistEntry } from "./entries/order"

type Ctx = Context<EntityManager>

const readKnex = (ctx: Ctx) => ctx.manager!.getKnex() as unknown as Knex
const writeKnex = (ctx: Ctx) => {
  const manager = ctx.transactionManager!
  return (manager.getTransactionContext() ?? manager.getKnex()) as unknown as Knex
}

/**
 * Playlists and their entries. Changes to a playlist's order go through the
 * methods below, never through the generated update/create of entries: each
 * runs in one transaction holding the playlist's row lock, so concurrent
 * adds, removals and reorders are applied one after another and positions
 * stay 0..n-1 with each track once (see ./entries/order.ts).
 */
class PlaylistsModuleService extends MedusaService({
  Playlist,
  PlaylistTrack,
}) {
  /** Adds tracks at `position` (default: the end); returns the new entries and the playlist's size. */
  @InjectTransactionManager()
  async addEntries(playlistId: string, trackIds: string[], position?: number, @MedusaContext() sharedContext: Ctx = {}) {
    const knex = writeKnex(sharedContext)
    await order.lockPlaylist(knex, playlistId)
    return order.insertEntries(knex, playlistId, trackIds, position)
  }

  /** Removes these tracks from the playlist; returns the removed entries (for compensation) and the size left. */
  @InjectTransactionManager()
  async removeEntries(playlistId: string, trackIds: string[], @MedusaContext() sharedContext: Ctx = {}) {
    const knex = writeKnex(sharedContext)
    await order.lockPlaylist(knex, playlistId)
    return order.deleteEntries(knex, playlistId, trackIds)
  }

  /** Puts the playlist in this order (each of its tracks once); returns the order it had. */
  @InjectTransactionManager()
  async reorderEntries(playlistId: string, trackIds: string[], @MedusaContext() sharedContext: Ctx = {}) {
    const knex = writeKnex(sharedContext)
    await order.lockPlaylist(knex, playlistId)
    return order.setOrder(knex, playlistId, trackIds)
  }

  /** Undoes a reorder as far as later changes allow. */
  @InjectTransactionManager()
  async restoreEntryOrder(playlistId: string, trackIds: string[], @MedusaContext() sharedContext: Ctx = {}) {
    const knex = writeKnex(sharedContext)
    await order.lockPlaylist(knex, playlistId)
    await order.restoreOrder(knex, playlistId, trackIds)
  }

  /** Undoes a removal: the entries come back with their ids, near their old positions. */
  @InjectTransactionManager()
  async reinsertEntries(playlistId: string, removed: order.Entry[], @MedusaContext() sharedContext: Ctx = {}) {
    const knex = writeKnex(sharedContext)
    await order.lockPlaylist(knex, playlistId)
    await order.reinsertEntries(knex, playlistId, removed)
  }

  /** The playlist's track ids in order. */
  @InjectManager()
  async listEntryTrackIds(playlistId: string, @MedusaContext() sharedContext: Ctx = {}): Promise<string[]> {
    return (await order.readEntries(readKnex(sharedContext), playlistId)).map((e) => e.track_id)
  }

  /** How many tracks each playlist holds (0 for one without entries). */
  @InjectManager()
  async countEntries(playlistIds: string[], @MedusaContext() sharedContext: Ctx = {}): Promise<Map<string, number>> {
    const counts = new Map(playlistIds.map((id) => [id, 0]))
    if (!playlistIds.length) return counts
    const rows: { playlist_id: string; n: string | number }[] = await readKnex(sharedContext)("playlist_track")
      .select("playlist_id")
      .count({ n: "*" })
      .whereIn("playlist_id", playlistIds)
      .whereNull("deleted_at")
      .groupBy("playlist_id")
    for (const r of rows) counts.set(r.playlist_id, Number(r.n))
    return counts
  }
}

export default PlaylistsModuleService
