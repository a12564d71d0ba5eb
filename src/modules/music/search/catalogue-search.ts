import type { Knex } from "@medusajs/framework/mikro-orm/knex"
import { preparedRows } from "../catalogue/prepared"
import { prefixTsQuery, significantLength } from "./search-terms"

export type SearchFilters = {
  /** Tracks in one of these genres; albums with such a track; artists with such an album. */
  genre_ids?: string[]
  /** The same for media types. */
  media_type_ids?: string[]
}
export type SearchOptions = SearchFilters & {
  /** The publishable key's sales channels: only what is published in one of them is found. */
  channels: string[]
  /** Of each kind. */
  limit: number
  /** Values per facet, besides the selected ones. */
  facetLimit?: number
}

export type ArtistHit = { id: string; name: string; score: number }
export type AlbumHit = { id: string; score: number }
/** `composer`: found by its composer's name only, ranked below every name that matched. */
export type TrackHit = { id: string; score: number; matched: "name" | "composer" }
/**
 * A genre or media type among the matches: how many matching tracks, and how
 * many matching albums with a track, are in it. Each facet is counted with the
 * other facet's filter applied but not its own, so the values stay choices.
 */
export type FacetValue = { id: string; name: string; track_count: number; album_count: number; selected: boolean }
export type CatalogueHits = {
  artists: ArtistHit[]
  albums: AlbumHit[]
  tracks: TrackHit[]
  /** All that match with the filters applied, of which the lists are the first `limit`. */
  counts: { artists: number; albums: number; tracks: number }
  facets: { genres: FacetValue[]; media_types: FacetValue[] }
}

export const DEFAULT_FACET_LIMIT = 10

/**
 * How a query is matched, cheapest first:
 * - `start`: one or two letters, too short to be words or trigrams; names
 *   starting with them, straight from a btree index.
 * - `words`: every word present (in a track's name or its composer's), the
 *   last one possibly half-typed, or the words run together matching a name
 *   squashed to letters and digits; the full-text GIN index finds them.
 * - `typos`: names similar enough as trigrams; the trigram GIN index finds
 *   them, at several times the cost, so it runs only when nothing holds the
 *   words as typed.
 */
type Mode = "start" | "words" | "typos"

const matches: Record<Mode, (alias: string) => string> = {
  // The pattern is folded and escaped in SQL, and being constant it is
  // folded at plan time, so the text_pattern_ops index applies.
  start: (a) =>
    `${a}.search_text like replace(replace(replace(music_search_norm(:q), '\\', '\\\\'), '%', '\\%'), '_', '\\_') || '%'`,
  words: (a) => `${a}.search_vector @@ to_tsquery('simple', :ts)`,
  typos: (a) => `(music_search_norm(:q) <% ${a}.search_text or ${a}.search_vector @@ to_tsquery('simple', :ts))`,
}

// A track that matched only through its composer's words (weight B): when
// looking for words every row holds them somewhere.
const byComposer: Record<Mode, (alias: string) => string> = {
  start: () => "false",
  words: (a) => `not ${a}.search_vector @@ to_tsquery('simple', :ts_name)`,
  typos: (a) =>
    `(${a}.search_vector @@ to_tsquery('simple', :ts) and not ${a}.search_vector @@ to_tsquery('simple', :ts_name))`,
}

/**
 * Exact names first, then names that start with the query, then names holding
 * every word, then the rest; within a band, shorter names (fewer words beside
 * the query) or, when looking for typos, the closest trigram match. Names are
 * compared squashed to letters and digits, so "ac dc" is AC/DC exactly.
 * A track found by its composer only ranks below every name match.
 */
const score = (mode: Mode, a: string, composerOnly?: string) => {
  if (mode === "start") return `(case when ${a}.search_text = music_search_norm(:q) then 3 else 2 end)::float`
  const exact = `${a}.search_key = music_search_key(:q)`
  const starts = `starts_with(${a}.search_key, music_search_key(:q))`
  const shorter = `1.0 / (1 + length(${a}.search_text))`
  if (mode === "words") {
    // Every row here holds every word: band 1 at least.
    const byName = `((case when ${exact} then 3 when ${starts} then 2 else 1 end) + ${shorter})`
    return composerOnly ? `(case when ${composerOnly} then 0.5 + 0.5 * ${shorter} else ${byName} end)` : byName
  }
  const words = `${a}.search_vector @@ to_tsquery('simple', :ts)`
  return `((case when ${exact} then 3 when ${starts} then 2 when ${words} then 1 else 0 end)
    + word_similarity(music_search_norm(:q), ${a}.search_text))`
}

type Filters = { genre: boolean; media: boolean }

// Conditions on a row holding a genre_id and a media_type_id.
const kinds = (a: string, f: Filters) =>
  [f.genre && `${a}.genre_id = any(:genres::text[])`, f.media && `${a}.media_type_id = any(:media::text[])`]
    .filter(Boolean)
    .join(" and ")
const and = (condition: string) => (condition ? ` and ${condition}` : "")

/** One facet's values: the top `:facet_limit` by matches, and any selected. */
const facet = (table: string, column: string, filters: Filters, own: "genre" | "media", param: string) => {
  // Each facet is counted under the other facet's filter only.
  const others = kinds("m", { ...filters, [own]: false })
  const selected = filters[own] ? `f.id = any(:${param}::text[])` : "false"
  return `
  ${table}_counts as (
    select id, sum(tracks)::int as tracks, sum(albums)::int as albums from (
      select m.${column} as id, count(*) as tracks, 0 as albums
      from track_matched m where m.${column} is not null${and(others)} group by m.${column}
      union all
      select m.${column}, 0, count(distinct m.album_id)
      from album_kinds m where m.${column} is not null${and(others)} group by m.${column}
    ) c group by id
  ),
  ${table}_facet as (
    select f.id, f.name, coalesce(c.tracks, 0) as tracks, coalesce(c.albums, 0) as albums, ${selected} as selected,
      row_number() over (order by coalesce(c.tracks, 0) desc, coalesce(c.albums, 0) desc, f.name, f.id) as position
    from ${table} f left join ${table}_counts c on c.id = f.id
    where f.deleted_at is null and (c.id is not null or ${selected})
  )`
}

const facetJson = (table: string) => `coalesce((
    select json_agg(json_build_object('id', id, 'name', name, 'track_count', tracks, 'album_count', albums,
      'selected', selected) order by position)
    from ${table}_facet where position <= :facet_limit or selected), '[]')`

// One round trip: the ranked lists, the counts and the facets come back as
// JSON from one statement. Each kind's matches are found and scored once
// (materialized); the filters, the lists and the facets all read them.
const searchSql = (mode: Mode, filters: Filters) => {
  const match = (a: string) => matches[mode](a)
  const trackKinds = kinds("x", filters)
  const filtered = Boolean(trackKinds)
  return `
with artist_matched as materialized (
  select a.id, a.name, ${score(mode, "a")} as score, v.albums
  from artist a
  -- An artist is visible through a visible album; between equally good
  -- names, the artist with more of them is the likelier one.
  cross join lateral (
    select count(*) as albums from album x
    where x.artist_id = a.id and x.deleted_at is null and x.sales_channel_ids && :channels::text[]
  ) v
  where a.deleted_at is null and ${match("a")} and v.albums > 0
),
-- Their albums answer a search for the artist, just below the artist.
artist_top as (
  select id, score from artist_matched order by score desc, albums desc, name limit :limit
),
artist_kept as (
  select * from artist_matched am
  ${filtered ? `where exists (
    select 1 from album al join track x on x.album_id = al.id and x.deleted_at is null
    where al.artist_id = am.id and al.deleted_at is null and al.sales_channel_ids && :channels::text[] and ${trackKinds})` : ""}
),
album_candidates as (
  select al.id, al.title, ${score(mode, "al")} as score
  from album al
  where al.deleted_at is null and al.sales_channel_ids && :channels::text[] and ${match("al")}
  union all
  select al.id, al.title, top.score * 0.9
  from album al join artist_top top on top.id = al.artist_id
  where al.deleted_at is null and al.sales_channel_ids && :channels::text[]
),
album_matched as materialized (
  select id, title, max(score) as score from album_candidates group by id, title
),
-- An album is in a genre (or of a media type) when any of its tracks is.
album_kinds as materialized (
  select distinct x.album_id, x.genre_id, x.media_type_id
  from album_matched am join track x on x.album_id = am.id and x.deleted_at is null
),
album_kept as (
  select * from album_matched am
  ${filtered ? `where exists (select 1 from album_kinds x where x.album_id = am.id and ${trackKinds})` : ""}
),
track_matched as materialized (
  select t.id, t.name, t.album_id, t.genre_id, t.media_type_id, ${score(mode, "t", "t.by_composer")} as score, t.by_composer
  from (
    select t.id, t.name, t.album_id, t.genre_id, t.media_type_id, t.search_text, t.search_key,
      ${mode === "typos" ? "t.search_vector, " : ""}${byComposer[mode]("t")} as by_composer
    from track t
    where t.deleted_at is null and t.sales_channel_ids && :channels::text[] and ${match("t")}
    -- A fence: the score reads by_composer without matching the vector again.
    offset 0
  ) t
),
track_kept as (
  select * from track_matched x${filtered ? ` where ${trackKinds}` : ""}
),${facet("genre", "genre_id", filters, "genre", "genres")},${facet("media_type", "media_type_id", filters, "media", "media")}
select
  exists (select 1 from artist_matched) or exists (select 1 from album_matched) or exists (select 1 from track_matched) as found,
  coalesce((select json_agg(json_build_object('id', id, 'name', name, 'score', score) order by score desc, albums desc, name)
    from (select * from artist_kept order by score desc, albums desc, name limit :limit) h), '[]') as artists,
  coalesce((select json_agg(json_build_object('id', id, 'score', score) order by score desc, title)
    from (select * from album_kept order by score desc, title limit :limit) h), '[]') as albums,
  coalesce((select json_agg(json_build_object('id', id, 'score', score,
      'matched', case when by_composer then 'composer' else 'name' end) order by score desc, name)
    from (select * from track_kept order by score desc, name limit :limit) h), '[]') as tracks,
  json_build_object(
    'artists', (select count(*) from artist_kept),
    'albums', (select count(*) from album_kept),
    'tracks', (select count(*) from track_kept)) as counts,
  json_build_object('genres', ${facetJson("genre")}, 'media_types', ${facetJson("media_type")}) as facets
`
}

const statements = new Map<string, string>()
function statement(mode: Mode, filters: Filters): string {
  const key = `${mode}:${filters.genre}:${filters.media}`
  if (!statements.has(key)) statements.set(key, searchSql(mode, filters))
  return statements.get(key)!
}

/**
 * Artists, albums and tracks matching `text` and visible in the channels,
 * best first, at most `limit` of each, with their counts and the genres and
 * media types of the matches.
 */
export async function searchCatalogue(knex: Knex, text: string, options: SearchOptions): Promise<CatalogueHits> {
  const genres = options.genre_ids ?? []
  const media = options.media_type_ids ?? []
  const filters = { genre: genres.length > 0, media: media.length > 0 }
  const params = {
    q: text,
    ts: prefixTsQuery(text),
    ts_name: prefixTsQuery(text, "A"),
    limit: options.limit,
    facet_limit: options.facetLimit ?? DEFAULT_FACET_LIMIT,
    channels: options.channels,
    genres,
    media,
  }
  const run = async (mode: Mode) => {
    const sql = statement(mode, filters)
    // A generic plan cannot know how selective a trigram match will be and
    // scans (measured: 40-66 ms instead of 10-19 ms): typos are planned
    // for the query at hand, the rest once per connection.
    const [row] =
      mode === "typos"
        ? (await knex.raw(sql, params)).rows
        : await preparedRows(knex, `search_${mode}_${filters.genre ? "g" : ""}${filters.media ? "m" : ""}`, sql, params)
    const hits: CatalogueHits = {
      artists: row.artists,
      albums: row.albums,
      tracks: row.tracks,
      counts: row.counts,
      facets: row.facets,
    }
    return { found: row.found as boolean, hits }
  }
  if (significantLength(text) < 3) return (await run("start")).hits
  // Whether anything holds the words is judged before the filters: a filter
  // that leaves nothing must not turn the search into a hunt for typos.
  const words = await run("words")
  return words.found ? words.hits : (await run("typos")).hits
}
