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
import * as cards from "./catalogue/card-rows"
import * as admin from "./catalogue/admin-lists"

/** The store's read model of an album and its tracks (see the Album model). */
export type AlbumStoreView = {
  album_id: string
  sales_channel_ids: string[]
  product_id: string | null
  product_handle: string | null
  full_variant_id: string | null
  full_price_set_id: string | null
  /** `sales_channel_ids` of a track: its album's unless staff hid it (then empty); absent: the album's. */
  tracks: { track_id: string; variant_id: string | null; price_set_id: string | null; sales_channel_ids?: string[] }[]
}

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
   * Sets the store's read model of each album and its tracks: the sales
   * channels its product is published in, and what a card shows of the
   * product (handle, variants, price sets). Returns the values it replaced,
   * so a workflow can put them back.
   */
  @InjectTransactionManager()
  async setAlbumStoreViews(
    entries: AlbumStoreView[],
    @MedusaContext() sharedContext: Context<EntityManager> = {}
  ): Promise<AlbumStoreView[]> {
    if (!entries.length) return []
    const manager = sharedContext.transactionManager!
    const db = (manager.getTransactionContext() ?? manager.getKnex()) as ReturnType<EntityManager["getKnex"]>
    const run = (sql: string, params: Record<string, unknown>) => db.raw(sql, params) as unknown as Promise<{ rows: any[] }>
    const rows = JSON.stringify(entries.map(({ tracks, ...album }) => album))
    const tracks = JSON.stringify(entries.flatMap((e) => e.tracks))
    // One statement per table; CTEs see the rows as they were, so `previous`
    // reads the values before the update.
    const { rows: previous } = await run(
      `with input as (
         select * from jsonb_to_recordset(:rows::jsonb) as x(album_id text, sales_channel_ids text[],
           product_id text, product_handle text, full_variant_id text, full_price_set_id text)
       ), previous as (
         select a.id as album_id, a.sales_channel_ids, a.product_id, a.product_handle, a.full_variant_id, a.full_price_set_id,
           (select coalesce(json_agg(json_build_object('track_id', t.id, 'variant_id', t.variant_id, 'price_set_id', t.price_set_id,
              'sales_channel_ids', t.sales_channel_ids)), '[]')
            from track t where t.album_id = a.id and t.deleted_at is null) as tracks
         from album a join input i on i.album_id = a.id
       ), changed as (
         update album a set sales_channel_ids = i.sales_channel_ids, product_id = i.product_id,
           product_handle = i.product_handle, full_variant_id = i.full_variant_id, full_price_set_id = i.full_price_set_id,
           updated_at = now()
         from input i where a.id = i.album_id
           and (a.sales_channel_ids, a.product_id, a.product_handle, a.full_variant_id, a.full_price_set_id)
             is distinct from (i.sales_channel_ids, i.product_id, i.product_handle, i.full_variant_id, i.full_price_set_id)
         returning a.id
       )
       select p.*, (select count(*) from changed)::int as changed from previous p`,
      { rows }
    )
    await run(
      `update track t set sales_channel_ids = x.sales_channel_ids
       from jsonb_to_recordset(:rows::jsonb) as x(album_id text, sales_channel_ids text[])
       where t.album_id = x.album_id and t.deleted_at is null and t.sales_channel_ids is distinct from x.sales_channel_ids`,
      { rows }
    )
    // Then each track's own: its variant, and its channels when it has its own (a hidden track).
    await run(
      `update track t set variant_id = x.variant_id, price_set_id = x.price_set_id,
         sales_channel_ids = coalesce(x.sales_channel_ids, t.sales_channel_ids)
       from jsonb_to_recordset(:tracks::jsonb) as x(track_id text, variant_id text, price_set_id text, sales_channel_ids text[])
       where t.id = x.track_id and (t.variant_id, t.price_set_id, t.sales_channel_ids)
         is distinct from (x.variant_id, x.price_set_id, coalesce(x.sales_channel_ids, t.sales_channel_ids))`,
      { tracks }
    )
    return previous.map(({ changed, ...view }) => view as AlbumStoreView)
  }

  /** What album cards show, from the read model: unknown ids are left out. */
  @InjectManager()
  async listAlbumCardRows(ids: string[], @MedusaContext() ctx: Context<EntityManager> = {}) {
    return cards.albumCardRows(ctx.manager!.getKnex(), ids)
  }

  /** What track cards show, from the read model: unknown ids are left out. */
  @InjectManager()
  async listTrackCardRows(ids: string[], @MedusaContext() ctx: Context<EntityManager> = {}) {
    return cards.trackCardRows(ctx.manager!.getKnex(), ids)
  }

  /** The staff's lists (every record, shown or not), searched, filtered and paged; see catalogue/admin-lists.ts. */
  @InjectManager()
  async listAdminArtists(filter: Parameters<typeof admin.listArtists>[1], page: admin.AdminPage, @MedusaContext() ctx: Context<EntityManager> = {}) {
    return admin.listArtists(ctx.manager!.getKnex(), filter, page)
  }

  @InjectManager()
  async listAdminGenres(filter: Parameters<typeof admin.listGenres>[1], page: admin.AdminPage, @MedusaContext() ctx: Context<EntityManager> = {}) {
    return admin.listGenres(ctx.manager!.getKnex(), filter, page)
  }

  @InjectManager()
  async listAdminMediaTypes(filter: Parameters<typeof admin.listMediaTypes>[1], page: admin.AdminPage, @MedusaContext() ctx: Context<EntityManager> = {}) {
    return admin.listMediaTypes(ctx.manager!.getKnex(), filter, page)
  }

  @InjectManager()
  async listAdminAlbums(filter: admin.AdminAlbumFilter, page: admin.AdminPage, @MedusaContext() ctx: Context<EntityManager> = {}) {
    return admin.listAlbums(ctx.manager!.getKnex(), filter, page)
  }

  @InjectManager()
  async listAdminTracks(filter: admin.AdminTrackFilter, page: admin.AdminPage, @MedusaContext() ctx: Context<EntityManager> = {}) {
    return admin.listTracks(ctx.manager!.getKnex(), filter, page)
  }

  /** The tracks and albums a bulk price change in this scope would touch, with their variants and price sets. */
  @InjectManager()
  async listPriceTargets(scope: admin.PriceScope, kinds: { tracks: boolean; albums: boolean }, @MedusaContext() ctx: Context<EntityManager> = {}) {
    return admin.listPriceTargets(ctx.manager!.getKnex(), scope, kinds)
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
