import type { Context } from "@medusajs/framework/types"
import type { EntityManager } from "@medusajs/framework/mikro-orm/knex"
import { InjectManager, InjectTransactionManager, MedusaContext, MedusaService } from "@medusajs/framework/utils"
import { Album } from "./models/album"
import { Artist } from "./models/artist"
import { Genre } from "./models/genre"
import { MediaType } from "./models/media-type"
import { Track } from "./models/track"
import { searchCatalogue, type CatalogueHits, type SearchOptions } from "./search/catalogue-search"
import * as lists from "./catalogue/visible-lists"

export type AlbumSalesChannels = { album_id: string; sales_channel_ids: string[] }

class MusicModuleService extends MedusaService({
  Artist,
  Album,
  Track,
  Genre,
  MediaType,
}) {
  /** A page of the albums visible in the channels, filtered, with the count of all. */
  @InjectManager()
  async listVisibleAlbumIds(filter: lists.AlbumListFilter, page: lists.Page, @MedusaContext() ctx: Context<EntityManager> = {}) {
    return lists.listVisibleAlbumIds(ctx.manager!.getKnex(), filter, page)
  }

  /** A page of the tracks visible in the channels, filtered, with the count of all. */
  @InjectManager()
  async listVisibleTrackIds(filter: lists.TrackListFilter, page: lists.Page, @MedusaContext() ctx: Context<EntityManager> = {}) {
    return lists.listVisibleTrackIds(ctx.manager!.getKnex(), filter, page)
  }

  /** A page of the artists with at least one album visible in the channels. */
  @InjectManager()
  async listVisibleArtistIds(filter: { channels: string[]; q?: string }, page: lists.Page, @MedusaContext() ctx: Context<EntityManager> = {}) {
    return lists.listVisibleArtists(ctx.manager!.getKnex(), filter, page)
  }

  /** Of these albums, those visible (and with a track in the genre, when given), in the order given. */
  @InjectManager()
  async filterVisibleAlbumIds(channels: string[], ids: string[], genreId?: string, @MedusaContext() ctx: Context<EntityManager> = {}) {
    return lists.visibleAlbumIdsInGenre(ctx.manager!.getKnex(), channels, ids, genreId)
  }

  /** Of these tracks, those visible (and in the genre, when given), in the order given. */
  @InjectManager()
  async filterVisibleTrackIds(channels: string[], ids: string[], genreId?: string, @MedusaContext() ctx: Context<EntityManager> = {}) {
    return lists.visibleTrackIds(ctx.manager!.getKnex(), channels, ids, genreId)
  }

  /**
   * Typo-, accent-, punctuation- and prefix-tolerant search over artists,
   * albums and tracks (by name or composer) visible in the channels, with
   * genre and media type facets.
   */
  @InjectManager()
  async search(
    text: string,
    options: SearchOptions,
    @MedusaContext() sharedContext: Context<EntityManager> = {}
  ): Promise<CatalogueHits> {
    return searchCatalogue(sharedContext.manager!.getKnex(), text, options)
  }

  /**
   * Sets where each album (and its tracks) may be shown: the sales channels
   * its product is published in. Returns the values it replaced, so a
   * workflow can put them back.
   */
  @InjectTransactionManager()
  async setAlbumSalesChannels(
    entries: AlbumSalesChannels[],
    @MedusaContext() sharedContext: Context<EntityManager> = {}
  ): Promise<AlbumSalesChannels[]> {
    if (!entries.length) return []
    const manager = sharedContext.transactionManager!
    const db = (manager.getTransactionContext() ?? manager.getKnex()) as ReturnType<EntityManager["getKnex"]>
    const run = (sql: string, params: Record<string, unknown>) => db.raw(sql, params) as unknown as Promise<{ rows: any[] }>
    const rows = JSON.stringify(entries)
    // One statement per table; CTEs see the rows as they were, so `previous`
    // reads the values before the update.
    const { rows: previous } = await run(
      `with input as (
         select * from jsonb_to_recordset(:rows::jsonb) as x(album_id text, sales_channel_ids text[])
       ), previous as (
         select a.id as album_id, a.sales_channel_ids from album a join input i on i.album_id = a.id
       ), changed as (
         update album a set sales_channel_ids = i.sales_channel_ids, updated_at = now()
         from input i where a.id = i.album_id and a.sales_channel_ids is distinct from i.sales_channel_ids
         returning a.id
       )
       select p.album_id, p.sales_channel_ids, (select count(*) from changed)::int as changed from previous p`,
      { rows }
    )
    await run(
      `update track t set sales_channel_ids = x.sales_channel_ids
       from jsonb_to_recordset(:rows::jsonb) as x(album_id text, sales_channel_ids text[])
       where t.album_id = x.album_id and t.deleted_at is null and t.sales_channel_ids is distinct from x.sales_channel_ids`,
      { rows }
    )
    return previous.map((r) => ({ album_id: r.album_id, sales_channel_ids: r.sales_channel_ids }))
  }

  /**
   * Refreshes the planner's statistics after a bulk load. Until then it knows
   * nothing of the search indexes' expressions and scans every track instead
   * (measured: 27 ms instead of 2 ms per search on Chinook).
   */
  @InjectManager()
  async analyzeCatalogue(@MedusaContext() sharedContext: Context<EntityManager> = {}): Promise<void> {
    await sharedContext.manager!.getKnex().raw("analyze artist, album, track, genre, media_type")
  }
}

export default MusicModuleService
