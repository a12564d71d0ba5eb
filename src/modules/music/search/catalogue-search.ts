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

// Each searched table keeps its name accent-folded and lower-cased in
// `search_text` (see the search migrations); queries are folded the same way.
const folded = (alias: string) => `${alias}.search_text`

/**
 * Rows whose text matches: similar enough as trigrams (typos, missing words
 * around the query) or every word present as a prefix (typing in progress).
 * Both conditions are answered by the GIN indexes of the search migrations.
 * One or two letters make too few trigrams to mean anything (and would match
 * half the catalogue), so they match as prefixes only.
 */
const matches = (alias: string) =>
  `((:fuzzy and music_search_norm(:q) <% ${folded(alias)}) or to_tsvector('simple', ${folded(alias)}) @@ to_tsquery('simple', :ts))`

/**
 * Exact names first, then names that start with the query, then names holding
 * every word, then the rest; within each band, the closest trigram match.
 */
const score = (alias: string) => `(
  case
    when ${folded(alias)} = music_search_norm(:q) then 3
    when starts_with(${folded(alias)}, music_search_norm(:q)) then 2
    when to_tsvector('simple', ${folded(alias)}) @@ to_tsquery('simple', :ts) then 1
    else 0
  end + word_similarity(music_search_norm(:q), ${folded(alias)}))`

// One round trip: the three ranked lists come back as JSON from one statement.
const SEARCH_SQL = `
with artist_hits as (
  select a.id, a.name, ${score("a")} as score,
    -- Between equally good names, the artist with more albums is the likelier one.
    (select count(*) from album x where x.artist_id = a.id and x.deleted_at is null) as albums
  from artist a
  where a.deleted_at is null and ${matches("a")}
  order by score desc, albums desc, a.name
  limit :limit
),
album_candidates as (
  select al.id, ${score("al")} as score
  from album al
  where al.deleted_at is null and ${matches("al")}
  union all
  -- An artist's albums answer a search for the artist, just below the artist.
  select al.id, ah.score * 0.9
  from album al join artist_hits ah on ah.id = al.artist_id
  where al.deleted_at is null
),
album_top as (
  select id, max(score) as score from album_candidates group by id
),
album_hits as (
  select al.id, al.title, al.cover_url, ar.id as artist_id, ar.name as artist_name, top.score
  from album_top top
  join album al on al.id = top.id
  join artist ar on ar.id = al.artist_id
  order by top.score desc, al.title
  limit :limit
),
-- Ranked on the track table alone; album and artist joined to the few kept.
track_top as (
  select t.id, t.name, t.milliseconds, t.album_id, ${score("t")} as score
  from track t
  where t.deleted_at is null and ${matches("t")}
  order by score desc, t.name
  limit :limit
),
track_hits as (
  select top.id, top.name, top.milliseconds, al.id as album_id, al.title as album_title, al.cover_url,
         ar.id as artist_id, ar.name as artist_name, top.score
  from track_top top
  join album al on al.id = top.album_id and al.deleted_at is null
  join artist ar on ar.id = al.artist_id
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
  const fuzzy = text.replace(/[^\p{L}\p{N}]/gu, "").length >= 3
  const result = await knex.raw(SEARCH_SQL, { q: text, ts: prefixTsQuery(text), fuzzy, limit })
  const [row] = result.rows
  return { artists: row.artists, albums: row.albums, tracks: row.tracks }
}
