import "server-only"
import { getRegionId } from "@lib/data/regions"
import { isStatus, storeGet } from "@lib/data/store-fetch"
import { albumCard, trackCard, type ApiAlbumCard, type ApiTrackCard } from "@lib/util/music-api"
import type { ArtistRef } from "@/types/album"
import type { SearchResults } from "@/types/music"
import { noFilters, type SearchFilters } from "../lib/filters"

/** A genre or media type among the matches, with how many tracks and albums of it match. */
export type FacetValue = { id: string; name: string; trackCount: number; albumCount: number; selected: boolean }

export type SearchPageResults = SearchResults & {
  /** All that match, of which the lists show the first few. */
  counts: { artists: number; albums: number; tracks: number }
  facets: { genres: FacetValue[]; mediaTypes: FacetValue[] }
  filters: SearchFilters
  /** The link named a genre or media type the store no longer has: shown unfiltered. */
  staleFilter: boolean
}

type ApiFacetValue = { id: string; name: string; track_count: number; album_count: number; selected: boolean }
type ApiSearch = {
  q: string
  artists: ArtistRef[]
  albums: ApiAlbumCard[]
  tracks: ApiTrackCard[]
  counts: { artists: number; albums: number; tracks: number }
  facets: { genres: ApiFacetValue[]; media_types: ApiFacetValue[] }
}

const facetValue = (f: ApiFacetValue): FacetValue => ({
  id: f.id,
  name: f.name,
  trackCount: f.track_count,
  albumCount: f.album_count,
  selected: f.selected,
})

/**
 * The results page: up to 20 of each kind, priced, with the counts of all
 * matches and the genres and media types among them, narrowed by the filters.
 * Never cached: every query is new.
 */
export async function searchPage(q: string, filters: SearchFilters): Promise<SearchPageResults> {
  const regionId = await getRegionId()
  const get = (f: SearchFilters) =>
    storeGet<ApiSearch>("/store/music/search", {
      query: {
        q,
        limit: 20,
        region_id: regionId,
        genre_id: f.genreIds.join(",") || undefined,
        media_type_id: f.mediaTypeIds.join(",") || undefined,
      },
      revalidate: 0,
    })
  let res: ApiSearch
  let staleFilter = false
  try {
    res = await get(filters)
  } catch (e) {
    const filtered = filters.genreIds.length + filters.mediaTypeIds.length > 0
    if (!filtered || !isStatus(e, 400)) throw e
    // An old link's genre may be gone: better the whole results than an error.
    res = await get(noFilters)
    staleFilter = true
  }
  return {
    q: res.q ?? q,
    artists: res.artists.map((a) => ({ id: a.id, name: a.name })),
    albums: res.albums.map(albumCard),
    tracks: res.tracks.map(trackCard),
    counts: res.counts,
    facets: { genres: res.facets.genres.map(facetValue), mediaTypes: res.facets.media_types.map(facetValue) },
    filters: staleFilter ? noFilters : filters,
    staleFilter,
  }
}
