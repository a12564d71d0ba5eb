import type { Knex } from "@medusajs/framework/mikro-orm/knex"

/*
 * Pages of the store's lists, filtered and counted in one statement each on
 * the music tables alone: only albums and tracks published in one of the
 * request's sales channels (the `sales_channel_ids` read model), so a page
 * is never short and a count never counts what the store hides.
 */

export type Page = { offset: number; limit: number }
export type IdPage = { ids: string[]; count: number }

const escapeLike = (text: string) => `%${text.replace(/[\\%_]/g, (c) => `\\${c}`)}%`

async function idPage(knex: Knex, sql: string, params: Record<string, unknown>): Promise<IdPage> {
  const { rows } = await knex.raw(`select id, count(*) over () as total from (${sql}) matched order by ord limit :limit offset :offset`, params)
  if (rows.length) return { ids: rows.map((r: any) => r.id), count: Number(rows[0].total) }
  if (!(params.offset as number)) return { ids: [], count: 0 }
  // Past the last page: still say how many there are.
  const { rows: counted } = await knex.raw(`select count(*)::int as n from (${sql}) matched`, params)
  return { ids: [], count: counted[0].n }
}

export type AlbumListFilter = {
  channels: string[]
  q?: string
  artist_id?: string
  genre_id?: string
  order?: "title" | "-title" | "created_at" | "-created_at"
}

const ALBUM_ORDER: Record<NonNullable<AlbumListFilter["order"]>, string> = {
  title: "lower(a.title) asc, a.id asc",
  "-title": "lower(a.title) desc, a.id desc",
  created_at: "a.created_at asc, a.id asc",
  "-created_at": "a.created_at desc, a.id desc",
}

export function listVisibleAlbumIds(knex: Knex, f: AlbumListFilter, page: Page) {
  const sql = `
    select a.id, row_number() over (order by ${ALBUM_ORDER[f.order ?? "title"]}) as ord
    from album a
    where a.deleted_at is null and a.sales_channel_ids && :channels::text[]
      and (:q::text is null or a.title ilike :q)
      and (:artist::text is null or a.artist_id = :artist)
      and (:genre::text is null or exists (
        select 1 from track t where t.album_id = a.id and t.genre_id = :genre and t.deleted_at is null))`
  return idPage(knex, sql, {
    channels: f.channels,
    q: f.q ? escapeLike(f.q) : null,
    artist: f.artist_id ?? null,
    genre: f.genre_id ?? null,
    ...page,
  })
}

export type TrackListFilter = {
  channels: string[]
  q?: string
  genre_id?: string
  album_id?: string
  artist_id?: string
  media_type_id?: string
}

export function listVisibleTrackIds(knex: Knex, f: TrackListFilter, page: Page) {
  // Within an album, in running order; otherwise by name.
  const order = f.album_id ? "t.track_number asc, t.id asc" : "lower(t.name) asc, t.id asc"
  const sql = `
    select t.id, row_number() over (order by ${order}) as ord
    from track t
    where t.deleted_at is null and t.sales_channel_ids && :channels::text[]
      and (:q::text is null or t.name ilike :q)
      and (:genre::text is null or t.genre_id = :genre)
      and (:album::text is null or t.album_id = :album)
      and (:media::text is null or t.media_type_id = :media)
      and (:artist::text is null or t.album_id in (
        select a.id from album a where a.artist_id = :artist and a.deleted_at is null))`
  return idPage(knex, sql, {
    channels: f.channels,
    q: f.q ? escapeLike(f.q) : null,
    genre: f.genre_id ?? null,
    album: f.album_id ?? null,
    media: f.media_type_id ?? null,
    artist: f.artist_id ?? null,
    ...page,
  })
}

export async function listVisibleArtists(knex: Knex, f: { channels: string[]; q?: string }, page: Page) {
  const sql = `
    select ar.id, row_number() over (order by lower(ar.name), ar.id) as ord
    from artist ar
    where ar.deleted_at is null
      and (:q::text is null or ar.name ilike :q)
      and exists (select 1 from album a where a.artist_id = ar.id and a.deleted_at is null
                  and a.sales_channel_ids && :channels::text[])`
  return idPage(knex, sql, { channels: f.channels, q: f.q ? escapeLike(f.q) : null, ...page })
}

/** Of these albums, those visible in the channels, in the order given. */
export async function visibleAlbumIds(knex: Knex, channels: string[], ids: string[]): Promise<string[]> {
  if (!ids.length) return []
  const { rows } = await knex.raw(
    `select id from album where id = any(:ids::text[]) and deleted_at is null and sales_channel_ids && :channels::text[]`,
    { ids, channels }
  )
  const shown = new Set(rows.map((r: any) => r.id))
  return ids.filter((id) => shown.has(id))
}

/** Of these tracks, the ones in the genre (when given) and visible in the channels, in the order given. */
export async function visibleTrackIds(knex: Knex, channels: string[], ids: string[], genreId?: string): Promise<string[]> {
  if (!ids.length) return []
  const { rows } = await knex.raw(
    `select id from track where id = any(:ids::text[]) and deleted_at is null and sales_channel_ids && :channels::text[]
       and (:genre::text is null or genre_id = :genre)`,
    { ids, channels, genre: genreId ?? null }
  )
  const shown = new Set(rows.map((r: any) => r.id))
  return ids.filter((id) => shown.has(id))
}

/** Of these albums, those with a track in the genre (when given) and visible, in the order given. */
export async function visibleAlbumIdsInGenre(knex: Knex, channels: string[], ids: string[], genreId?: string) {
  if (!genreId) return visibleAlbumIds(knex, channels, ids)
  if (!ids.length) return []
  const { rows } = await knex.raw(
    `select a.id from album a where a.id = any(:ids::text[]) and a.deleted_at is null and a.sales_channel_ids && :channels::text[]
       and exists (select 1 from track t where t.album_id = a.id and t.genre_id = :genre and t.deleted_at is null)`,
    { ids, channels, genre: genreId }
  )
  const shown = new Set(rows.map((r: any) => r.id))
  return ids.filter((id) => shown.has(id))
}
