import type { Knex } from "@medusajs/framework/mikro-orm/knex"
import { prefixTsQuery } from "./search-terms"

export type ArtistHit = { id: string; name: string }
export type AlbumHit = { id: string; title: string; cover_url: string | null; artist: ArtistHit }
export type TrackHit = {
  id: string
  name: string
  milliseconds: number
  album: { id: string; title: string; cover_url: string | null }
  artist: ArtistHit
}
export type CatalogueHits = { artists: ArtistHit[]; albums: AlbumHit[]; tracks: TrackHit[] }

const norm = (column: string) => `music_search_norm(${column})`

/**
 * Rows whose text matches: similar enough as trigrams (typos, missing words
 * around the query) or every word present as a prefix (typing in progress).
 * Both conditions are answered by the GIN indexes of the search migration.
 */
const matches = (column: string) =>
  `(music_search_norm(:q) <% ${norm(column)} or to_tsvector('simple', ${norm(column)}) @@ to_tsquery('simple', :ts))`

/**
 * Exact names first, then names that start with the query, then names holding
 * every word, then the rest; within each band, the closest trigram match.
 */
const score = (column: string) => `(
  case
    when ${norm(column)} = music_search_norm(:q) then 3
    when starts_with(${norm(column)}, music_search_norm(:q)) then 2
    when to_tsvector('simple', ${norm(column)}) @@ to_tsquery('simple', :ts) then 1
    else 0
  end + word_similarity(music_search_norm(:q), ${norm(column)}))`

// One round trip: the three ranked lists come back as JSON from one statement.
const SEARCH_SQL = `
with artist_hits as (
  select a.id, a.name, ${score("a.name")} as score,
    -- Between equally good names, the artist with more albums is the likelier one.
    (select count(*) from album x where x.artist_id = a.id and x.deleted_at is null) as albums
  from artist a
  where a.deleted_at is null and ${matches("a.name")}
  order by score desc, albums desc, a.name
  limit :limit
),
album_candidates as (
  select al.id, ${score("al.title")} as score
  from album al
  where al.deleted_at is null and ${matches("al.title")}
  union all
  -- An artist's albums answer a search for the artist, just below the artist.
  select al.id, ah.score * 0.9
  from album al join artist_hits ah on ah.id = al.artist_id
  where al.deleted_at is null
),
album_hits as (
  select al.id, al.title, al.cover_url, ar.id as artist_id, ar.name as artist_name, max(c.score) as score
  from album_candidates c
  join album al on al.id = c.id
  join artist ar on ar.id = al.artist_id
  group by al.id, ar.id
  order by score desc, al.title
  limit :limit
),
track_hits as (
  select t.id, t.name, t.milliseconds, al.id as album_id, al.title as album_title, al.cover_url,
         ar.id as artist_id, ar.name as artist_name, ${score("t.name")} as score
  from track t
  join album al on al.id = t.album_id and al.deleted_at is null
  join artist ar on ar.id = al.artist_id
  where t.deleted_at is null and ${matches("t.name")}
  order by score desc, t.name
  limit :limit
)
select
  coalesce((select json_agg(json_build_object('id', id, 'name', name) order by score desc, albums desc, name) from artist_hits), '[]') as artists,
  coalesce((select json_agg(json_build_object(
      'id', id, 'title', title, 'cover_url', cover_url,
      'artist', json_build_object('id', artist_id, 'name', artist_name)) order by score desc, title) from album_hits), '[]') as albums,
  coalesce((select json_agg(json_build_object(
      'id', id, 'name', name, 'milliseconds', milliseconds,
      'album', json_build_object('id', album_id, 'title', album_title, 'cover_url', cover_url),
      'artist', json_build_object('id', artist_id, 'name', artist_name)) order by score desc, name) from track_hits), '[]') as tracks
`

/** Artists, albums and tracks matching `text`, best first, at most `limit` of each. */
export async function searchCatalogue(knex: Knex, text: string, limit: number): Promise<CatalogueHits> {
  const result = await knex.raw(SEARCH_SQL, { q: text, ts: prefixTsQuery(text), limit })
  const [row] = result.rows
  return { artists: row.artists, albums: row.albums, tracks: row.tracks }
}
