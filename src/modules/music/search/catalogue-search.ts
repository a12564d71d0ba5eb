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
// `search_text`, and its words in `search_vector` (see the search
// migrations); queries are folded the same way.
const folded = (alias: string) => `${alias}.search_text`

/**
 * How a query is matched, cheapest first:
 * - `start`: one or two letters, too short to be words or trigrams; names
 *   starting with them, in name order, straight from a btree index.
 * - `words`: every word present, the last one possibly half-typed; the
 *   full-text GIN index finds them, however big the catalogue.
 * - `typos`: names similar enough as trigrams; the trigram GIN index finds
 *   them, at several times the cost, so it runs only when no name holds the
 *   words as typed.
 */
type Mode = "start" | "words" | "typos"

const matches: Record<Mode, (alias: string) => string> = {
  // The pattern is folded and escaped in SQL, and being constant it is
  // folded at plan time, so the text_pattern_ops index applies.
  start: (a) =>
    `${folded(a)} like replace(replace(replace(music_search_norm(:q), '\\', '\\\\'), '%', '\\%'), '_', '\\_') || '%'`,
  words: (a) => `${a}.search_vector @@ to_tsquery('simple', :ts)`,
  typos: (a) =>
    `(music_search_norm(:q) <% ${folded(a)} or ${a}.search_vector @@ to_tsquery('simple', :ts))`,
}

/**
 * Exact names first, then names that start with the query, then names holding
 * every word, then the rest; within a band, shorter names (fewer words beside
 * the query) or, when looking for typos, the closest trigram match.
 */
const score = (mode: Mode) => (a: string) => {
  if (mode === "start") return `(case when ${folded(a)} = music_search_norm(:q) then 3 else 2 end)::float`
  const exact = `${folded(a)} = music_search_norm(:q)`
  const starts = `starts_with(${folded(a)}, music_search_norm(:q))`
  if (mode === "words") {
    // Every row here holds every word: band 1 at least.
    return `((case when ${exact} then 3 when ${starts} then 2 else 1 end) + 1.0 / (1 + length(${folded(a)})))`
  }
  const words = `${a}.search_vector @@ to_tsquery('simple', :ts)`
  return `((case when ${exact} then 3 when ${starts} then 2 when ${words} then 1 else 0 end)
    + word_similarity(music_search_norm(:q), ${folded(a)}))`
}

// One round trip: the three ranked lists come back as JSON from one statement.
const searchSql = (mode: Mode) => {
  const match = matches[mode]
  const rank = score(mode)
  return `
with artist_hits as (
  select a.id, a.name, ${rank("a")} as score,
    -- Between equally good names, the artist with more albums is the likelier one.
    (select count(*) from album x where x.artist_id = a.id and x.deleted_at is null) as albums
  from artist a
  where a.deleted_at is null and ${match("a")}
  order by score desc, albums desc, a.name
  limit :limit
),
album_candidates as (
  select al.id, al.title, al.cover_url, al.artist_id, ${rank("al")} as score
  from album al
  where al.deleted_at is null and ${match("al")}
  union all
  -- An artist's albums answer a search for the artist, just below the artist.
  select al.id, al.title, al.cover_url, al.artist_id, ah.score * 0.9
  from album al join artist_hits ah on ah.id = al.artist_id
  where al.deleted_at is null
),
-- Ranked on the candidates alone; the artist joined to the few kept.
album_top as (
  select id, title, cover_url, artist_id, max(score) as score
  from album_candidates
  group by id, title, cover_url, artist_id
  order by score desc, title
  limit :limit
),
album_hits as (
  select top.id, top.title, top.cover_url, ar.id as artist_id, ar.name as artist_name, top.score
  from album_top top
  join artist ar on ar.id = top.artist_id
),
-- Ranked on the track table alone; album and artist joined to the few kept.
track_top as (
  select t.id, t.name, t.milliseconds, t.album_id, ${rank("t")} as score
  from track t
  where t.deleted_at is null and ${match("t")}
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
}
const SEARCH_SQL: Record<Mode, string> = { start: searchSql("start"), words: searchSql("words"), typos: searchSql("typos") }


/** Artists, albums and tracks matching `text`, best first, at most `limit` of each. */
export async function searchCatalogue(knex: Knex, text: string, limit: number): Promise<CatalogueHits> {
  const params = { q: text, ts: prefixTsQuery(text), limit }
  const run = async (mode: Mode): Promise<CatalogueHits> => {
    const [row] = (await knex.raw(SEARCH_SQL[mode], params)).rows
    return { artists: row.artists, albums: row.albums, tracks: row.tracks }
  }
  if (text.replace(/[^\p{L}\p{N}]/gu, "").length < 3) return run("start")
  const hits = await run("words")
  const found = hits.artists.length + hits.albums.length + hits.tracks.length
  return found ? hits : run("typos")
}
