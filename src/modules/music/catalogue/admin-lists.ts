import type { Knex } from "@medusajs/framework/mikro-orm/knex"

/*
 * The staff's lists of the catalogue: every record, shown or not, filtered,
 * searched, counted and paged in one statement each on this module's tables.
 * `q` matches anywhere in the accent-folded name (the trigram-indexed
 * `search_text` columns), so "jobim" finds "Antônio Carlos Jobim". What the
 * store shows of an album (its product, variants, price sets, channels) comes
 * from the read model the visibility sync writes.
 */

export type AdminPage = { limit: number; offset: number }
export type AdminRows<T> = { rows: T[]; count: number }

const likeEscaped = (text: string) => text.replace(/[\\%_]/g, (c) => `\\${c}`)
/** `q` as the pattern for a folded column: escaped here, folded by the same function as the column. */
const folded = (q?: string) => (q ? likeEscaped(q) : null)
const FOLDED_MATCH = (column: string) => `${column} like '%' || music_search_norm(:q) || '%'`

async function page<T>(knex: Knex, sql: string, order: string, params: Record<string, unknown>, p: AdminPage): Promise<AdminRows<T>> {
  const { rows } = await knex.raw(
    `select matched.*, count(*) over () as total_count from (${sql}) matched order by ${order} limit :limit offset :offset`,
    { ...params, limit: p.limit, offset: p.offset }
  )
  let count = rows.length ? Number(rows[0].total_count) : 0
  if (!rows.length && p.offset) {
    // Past the last page: still say how many there are.
    const { rows: counted } = await knex.raw(`select count(*)::int as n from (${sql}) matched`, params)
    count = counted[0].n
  }
  return { rows: rows.map(({ total_count, ...row }: any) => row as T), count }
}

export type AdminArtistRow = { id: string; name: string; chinook_id: number | null; album_count: number; created_at: Date; updated_at: Date }

export type NameOrder = "name" | "-name" | "created_at" | "-created_at"
const nameOrder = (o: NameOrder | undefined, col = "name") =>
  ({
    name: `lower(matched.${col}) asc, matched.id asc`,
    "-name": `lower(matched.${col}) desc, matched.id desc`,
    created_at: "matched.created_at asc, matched.id asc",
    "-created_at": "matched.created_at desc, matched.id desc",
  })[o ?? "name"]

export function listArtists(knex: Knex, f: { q?: string; ids?: string[]; order?: NameOrder }, p: AdminPage) {
  const sql = `
    select ar.id, ar.name, ar.chinook_id, ar.created_at, ar.updated_at,
      (select count(*)::int from album a where a.artist_id = ar.id and a.deleted_at is null) as album_count
    from artist ar
    where ar.deleted_at is null
      and (:q::text is null or ${FOLDED_MATCH("ar.search_text")})
      and (:ids::text[] is null or ar.id = any(:ids::text[]))`
  return page<AdminArtistRow>(knex, sql, nameOrder(f.order), { q: folded(f.q), ids: f.ids ?? null }, p)
}

export type AdminGenreRow = { id: string; name: string; chinook_id: number | null; track_count: number; album_count: number; created_at: Date }

export function listGenres(knex: Knex, f: { q?: string; ids?: string[]; order?: NameOrder }, p: AdminPage) {
  const sql = `
    select g.id, g.name, g.chinook_id, g.created_at,
      (select count(*)::int from track t where t.genre_id = g.id and t.deleted_at is null) as track_count,
      (select count(distinct t.album_id)::int from track t where t.genre_id = g.id and t.deleted_at is null) as album_count
    from genre g
    where g.deleted_at is null
      and (:q::text is null or music_search_norm(g.name) like '%' || music_search_norm(:q) || '%')
      and (:ids::text[] is null or g.id = any(:ids::text[]))`
  return page<AdminGenreRow>(knex, sql, nameOrder(f.order), { q: folded(f.q), ids: f.ids ?? null }, p)
}

export type AdminMediaTypeRow = { id: string; name: string; chinook_id: number | null; track_count: number; created_at: Date }

export function listMediaTypes(knex: Knex, f: { q?: string; ids?: string[]; order?: NameOrder }, p: AdminPage) {
  const sql = `
    select m.id, m.name, m.chinook_id, m.created_at,
      (select count(*)::int from track t where t.media_type_id = m.id and t.deleted_at is null) as track_count
    from media_type m
    where m.deleted_at is null
      and (:q::text is null or music_search_norm(m.name) like '%' || music_search_norm(:q) || '%')
      and (:ids::text[] is null or m.id = any(:ids::text[]))`
  return page<AdminMediaTypeRow>(knex, sql, nameOrder(f.order), { q: folded(f.q), ids: f.ids ?? null }, p)
}

export type AdminAlbumRow = {
  id: string
  title: string
  chinook_id: number | null
  cover_url: string | null
  artist: { id: string; name: string }
  track_count: number
  milliseconds: number
  product_id: string | null
  product_handle: string | null
  full_variant_id: string | null
  full_price_set_id: string | null
  sales_channel_ids: string[]
  created_at: Date
  updated_at: Date
}

export type AdminAlbumFilter = {
  q?: string
  ids?: string[]
  artist_id?: string
  genre_id?: string
  media_type_id?: string
  /** true: shown in some sales channel; false: in none (draft, unpublished, no product). */
  published?: boolean
  order?: "title" | "-title" | "created_at" | "-created_at"
}

export function listAlbums(knex: Knex, f: AdminAlbumFilter, p: AdminPage) {
  const sql = `
    select a.id, a.title, a.chinook_id, a.cover_url, a.product_id, a.product_handle, a.full_variant_id,
      a.full_price_set_id, a.sales_channel_ids, a.created_at, a.updated_at,
      json_build_object('id', ar.id, 'name', ar.name) as artist,
      (select count(*)::int from track t where t.album_id = a.id and t.deleted_at is null) as track_count,
      (select coalesce(sum(t.milliseconds), 0)::bigint from track t where t.album_id = a.id and t.deleted_at is null) as milliseconds
    from album a join artist ar on ar.id = a.artist_id
    where a.deleted_at is null
      and (:q::text is null or ${FOLDED_MATCH("a.search_text")} or ${FOLDED_MATCH("ar.search_text")})
      and (:ids::text[] is null or a.id = any(:ids::text[]))
      and (:artist::text is null or a.artist_id = :artist)
      and (:genre::text is null or exists (
        select 1 from track t where t.album_id = a.id and t.genre_id = :genre and t.deleted_at is null))
      and (:media::text is null or exists (
        select 1 from track t where t.album_id = a.id and t.media_type_id = :media and t.deleted_at is null))
      and (:published::boolean is null or (cardinality(a.sales_channel_ids) > 0) = :published)`
  const order = {
    title: "lower(matched.title) asc, matched.id asc",
    "-title": "lower(matched.title) desc, matched.id desc",
    created_at: "matched.created_at asc, matched.id asc",
    "-created_at": "matched.created_at desc, matched.id desc",
  }[f.order ?? "title"]
  return page<AdminAlbumRow>(
    knex,
    sql,
    order,
    {
      q: folded(f.q),
      ids: f.ids ?? null,
      artist: f.artist_id ?? null,
      genre: f.genre_id ?? null,
      media: f.media_type_id ?? null,
      published: f.published ?? null,
    },
    p
  ).then((r) => ({ ...r, rows: r.rows.map((row) => ({ ...row, milliseconds: Number(row.milliseconds) })) }))
}

export type AdminTrackRow = {
  id: string
  name: string
  chinook_id: number | null
  composer: string | null
  track_number: number
  milliseconds: number
  bytes: number | null
  master_file_id: string | null
  album: { id: string; title: string; product_id: string | null; sales_channel_ids: string[] }
  artist: { id: string; name: string }
  genre: { id: string; name: string } | null
  media_type: { id: string; name: string } | null
  variant_id: string | null
  price_set_id: string | null
  sales_channel_ids: string[]
  created_at: Date
}

export type AdminTrackFilter = {
  q?: string
  ids?: string[]
  album_id?: string
  artist_id?: string
  genre_id?: string
  media_type_id?: string
  /** true: shown in some sales channel; false: in none. */
  published?: boolean
  order?: "name" | "-name" | "created_at" | "-created_at"
}

export function listTracks(knex: Knex, f: AdminTrackFilter, p: AdminPage) {
  const sql = `
    select t.id, t.name, t.chinook_id, t.composer, t.track_number, t.milliseconds, t.bytes, t.master_file_id,
      t.variant_id, t.price_set_id, t.sales_channel_ids, t.created_at, a.title as album_title,
      json_build_object('id', a.id, 'title', a.title, 'product_id', a.product_id, 'sales_channel_ids', a.sales_channel_ids) as album,
      json_build_object('id', ar.id, 'name', ar.name) as artist,
      case when g.id is null then null else json_build_object('id', g.id, 'name', g.name) end as genre,
      case when m.id is null then null else json_build_object('id', m.id, 'name', m.name) end as media_type
    from track t
    join album a on a.id = t.album_id and a.deleted_at is null
    join artist ar on ar.id = a.artist_id
    left join genre g on g.id = t.genre_id and g.deleted_at is null
    left join media_type m on m.id = t.media_type_id and m.deleted_at is null
    where t.deleted_at is null
      and (:q::text is null or ${FOLDED_MATCH("t.search_text")} or t.composer ilike '%' || :q || '%')
      and (:ids::text[] is null or t.id = any(:ids::text[]))
      and (:album::text is null or t.album_id = :album)
      and (:artist::text is null or a.artist_id = :artist)
      and (:genre::text is null or t.genre_id = :genre)
      and (:media::text is null or t.media_type_id = :media)
      and (:published::boolean is null or (cardinality(t.sales_channel_ids) > 0) = :published)`
  // Within an album, in running order; otherwise by name, then album.
  const order =
    f.album_id && !f.order
      ? "matched.track_number asc, matched.id asc"
      : {
          name: "lower(matched.name) asc, lower(matched.album_title) asc, matched.id asc",
          "-name": "lower(matched.name) desc, lower(matched.album_title) desc, matched.id desc",
          created_at: "matched.created_at asc, matched.id asc",
          "-created_at": "matched.created_at desc, matched.id desc",
        }[f.order ?? "name"]
  return page<AdminTrackRow & { album_title?: string }>(
    knex,
    sql,
    order,
    {
      q: folded(f.q),
      ids: f.ids ?? null,
      album: f.album_id ?? null,
      artist: f.artist_id ?? null,
      genre: f.genre_id ?? null,
      media: f.media_type_id ?? null,
      published: f.published ?? null,
    },
    p
  ).then((r) => ({ ...r, rows: r.rows.map(({ album_title, ...row }) => row as AdminTrackRow) }))
}

/** Variants and price sets of the tracks and full albums a bulk price change may touch. */
export type PriceTargetRow = {
  kind: "track" | "album"
  id: string
  name: string
  album_id: string
  album_title: string
  artist_name: string
  variant_id: string | null
  price_set_id: string | null
}

export type PriceScope = { genre_id?: string; media_type_id?: string; artist_id?: string; album_id?: string }

/**
 * The tracks in the scope (every filter given must hold) and the albums in
 * it (an artist's, the album itself, and for a genre or media type those
 * holding a track of it, as the store lists a genre's albums), each with the
 * variant that sells it. Deleted records are out.
 */
export async function listPriceTargets(knex: Knex, scope: PriceScope, kinds: { tracks: boolean; albums: boolean }): Promise<PriceTargetRow[]> {
  const params = {
    genre: scope.genre_id ?? null,
    media: scope.media_type_id ?? null,
    artist: scope.artist_id ?? null,
    album: scope.album_id ?? null,
  }
  const trackWhere = `t.deleted_at is null
      and (:genre::text is null or t.genre_id = :genre)
      and (:media::text is null or t.media_type_id = :media)
      and (:artist::text is null or a.artist_id = :artist)
      and (:album::text is null or t.album_id = :album)`
  const parts: string[] = []
  if (kinds.tracks) {
    parts.push(`select 'track' as kind, t.id, t.name, a.id as album_id, a.title as album_title, ar.name as artist_name,
        t.variant_id, t.price_set_id, lower(ar.name) as o1, lower(a.title) as o2, t.track_number as o3
      from track t join album a on a.id = t.album_id and a.deleted_at is null join artist ar on ar.id = a.artist_id
      where ${trackWhere}`)
  }
  if (kinds.albums) {
    parts.push(`select 'album' as kind, a.id, a.title as name, a.id as album_id, a.title as album_title, ar.name as artist_name,
        a.full_variant_id as variant_id, a.full_price_set_id as price_set_id, lower(ar.name) as o1, lower(a.title) as o2, 0 as o3
      from album a join artist ar on ar.id = a.artist_id
      where a.deleted_at is null
        and (:artist::text is null or a.artist_id = :artist)
        and (:album::text is null or a.id = :album)
        and ((:genre::text is null and :media::text is null) or exists (
          select 1 from track t where t.album_id = a.id and t.deleted_at is null
            and (:genre::text is null or t.genre_id = :genre)
            and (:media::text is null or t.media_type_id = :media)))`)
  }
  if (!parts.length) return []
  const { rows } = await knex.raw(`select * from (${parts.join(" union all ")}) x order by o1, o2, album_id, o3, id`, params)
  return rows.map(({ o1, o2, o3, ...r }: any) => r as PriceTargetRow)
}
