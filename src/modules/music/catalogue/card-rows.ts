import type { Knex } from "@medusajs/framework/mikro-orm/knex"
import { preparedRows } from "./prepared"

/*
 * What the store's album and track cards hold besides prices, in one
 * statement over this module's tables: the product's handle, variants and
 * price sets come from the read model the visibility sync writes, so a card
 * never waits on the product or pricing modules' links.
 */

export type AlbumCardRow = {
  id: string
  title: string
  cover_url: string | null
  sales_channel_ids: string[]
  product_id: string | null
  product_handle: string | null
  full_variant_id: string | null
  full_price_set_id: string | null
  artist: { id: string; name: string }
  /** In running order. */
  track_ids: string[]
}

export type TrackCardRow = {
  id: string
  name: string
  track_number: number
  milliseconds: number
  composer: string | null
  sales_channel_ids: string[]
  variant_id: string | null
  price_set_id: string | null
  genre: { id: string; name: string } | null
  media_type: { id: string; name: string } | null
  album: { id: string; title: string; product_id: string | null; product_handle: string | null; cover_url: string | null }
  artist: { id: string; name: string }
  /** What its preview plays: an excerpt of the master staff uploaded, or a clip generated for a track without one. */
  preview: "excerpt" | "generated"
}

export async function albumCardRows(knex: Knex, ids: string[]): Promise<AlbumCardRow[]> {
  if (!ids.length) return []
  return preparedRows(
    knex,
    "album_cards",
    `select al.id, al.title, al.cover_url, al.sales_channel_ids, al.product_id, al.product_handle,
       al.full_variant_id, al.full_price_set_id,
       json_build_object('id', ar.id, 'name', ar.name) as artist,
       -- A track hidden on its own (no channels while its album has some) is not on the album.
       coalesce((select array_agg(t.id order by t.track_number, t.id) from track t
                 where t.album_id = al.id and t.deleted_at is null
                   and (cardinality(t.sales_channel_ids) > 0 or cardinality(al.sales_channel_ids) = 0)), '{}') as track_ids
     from album al join artist ar on ar.id = al.artist_id
     where al.id = any(:ids::text[]) and al.deleted_at is null`,
    { ids }
  )
}

export async function trackCardRows(knex: Knex, ids: string[]): Promise<TrackCardRow[]> {
  if (!ids.length) return []
  return preparedRows(
    knex,
    "track_cards",
    `select t.id, t.name, t.track_number, t.milliseconds, t.composer, t.sales_channel_ids, t.variant_id, t.price_set_id,
       case when g.id is null then null else json_build_object('id', g.id, 'name', g.name) end as genre,
       case when m.id is null then null else json_build_object('id', m.id, 'name', m.name) end as media_type,
       json_build_object('id', al.id, 'title', al.title, 'product_id', al.product_id,
         'product_handle', al.product_handle, 'cover_url', al.cover_url) as album,
       json_build_object('id', ar.id, 'name', ar.name) as artist,
       case when t.preview_file_id is null then 'generated' else 'excerpt' end as preview
     from track t
     join album al on al.id = t.album_id and al.deleted_at is null
     join artist ar on ar.id = al.artist_id
     left join genre g on g.id = t.genre_id and g.deleted_at is null
     left join media_type m on m.id = t.media_type_id and m.deleted_at is null
     where t.id = any(:ids::text[]) and t.deleted_at is null`,
    { ids }
  )
}
