import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import type MusicModuleService from "../../../../modules/music/service"
import { cardContext } from "../utils/card-context"
import { albumCards, trackCards } from "../utils/cards"
import { musicService } from "../utils/music-service"
import type { StoreMusicSearchParamsType } from "../validators"

/**
 * GET /store/music/search?q=&limit=&region_id=&genre_id=&media_type_id=:
 * artists, albums and tracks for a search box or a results page, best first,
 * tolerant of typos, accents, punctuation and half-typed words, tracks also
 * found by composer; only what the key's sales channels sell. Albums and
 * tracks come as the store's cards. With the counts of all matches and the
 * genres and media types among them (facets), which `genre_id` and
 * `media_type_id` (repeated or comma-separated) narrow the results to.
 */
export async function GET(req: MedusaRequest, res: MedusaResponse) {
  const { q, limit, region_id, genre_id = [], media_type_id = [] } = req.validatedQuery as StoreMusicSearchParamsType
  const music = musicService(req.scope)
  const ctx = await cardContext(req, region_id)
  // The ids are checked beside the search, not before it: a stale filter is rare.
  const [hits] = await Promise.all([
    music.search(q, { channels: ctx.channels, limit, genre_ids: genre_id, media_type_ids: media_type_id }),
    assertKnownFilters(music, genre_id, media_type_id),
  ])
  const [albums, tracks] = await Promise.all([
    albumCards(req.scope, hits.albums.map((a) => a.id), ctx),
    trackCards(req.scope, hits.tracks.map((t) => t.id), ctx),
  ])
  const matched = new Map(hits.tracks.map((t) => [t.id, t.matched]))
  res.json({
    q,
    artists: hits.artists.map(({ id, name }) => ({ id, name })),
    albums,
    tracks: tracks.map((t) => ({ ...t, matched: matched.get(t.id) })),
    counts: hits.counts,
    facets: hits.facets,
  })
}

/** A filter naming a genre or media type that does not exist is a 400 naming the parameter. */
async function assertKnownFilters(music: MusicModuleService, genreIds: string[], mediaTypeIds: string[]) {
  const [genres, mediaTypes] = await Promise.all([
    genreIds.length ? music.listGenres({ id: genreIds }, { select: ["id"] }) : [],
    mediaTypeIds.length ? music.listMediaTypes({ id: mediaTypeIds }, { select: ["id"] }) : [],
  ])
  for (const [field, kind, wanted, found] of [
    ["genre_id", "genre", genreIds, genres],
    ["media_type_id", "media type", mediaTypeIds, mediaTypes],
  ] as const) {
    const known = new Set(found.map((r) => r.id))
    const unknown = wanted.find((id) => !known.has(id))
    if (unknown !== undefined) {
      throw new MedusaError(MedusaError.Types.INVALID_DATA, `${field}: no ${kind} with id ${unknown}`)
    }
  }
}
