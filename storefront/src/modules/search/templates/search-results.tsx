import Link from "next/link"
import AlbumGrid from "@modules/albums/components/album-grid"
import PageIntro from "@modules/common/components/page-intro"
import Section from "@modules/common/components/section"
import TrackTable from "@modules/tracks/components/track-table"
import { plural } from "@lib/util/plural"
import SearchFacets from "../components/search-facets"
import type { SearchPageResults } from "../data/search-page"
import styles from "./search-results.module.css"

/** "20 of 111 tracks", or "3 tracks" when all are shown. */
const shown = (count: number, total: number, one: string) =>
  count < total ? `${count.toLocaleString("en-US")} of ${plural(total, one)}` : plural(total, one)

/**
 * The results page: artists, albums and tracks matching the query, best
 * first, beside the genres and formats among them to narrow the results.
 */
export default function SearchResultsView({ q, results }: { q: string; results: SearchPageResults | null }) {
  const total = results ? results.counts.artists + results.counts.albums + results.counts.tracks : 0
  const filtered = results ? results.filters.genreIds.length + results.filters.mediaTypeIds.length > 0 : false
  return (
    <div className="container">
      <PageIntro eyebrow="Search" title={q ? `Results for “${q}”` : "Search the store"}>
        {results && (
          <p role="status">
            {total
              ? `${shown(results.artists.length, results.counts.artists, "artist")}, ${shown(results.albums.length, results.counts.albums, "album")} and ${shown(results.tracks.length, results.counts.tracks, "track")}${filtered ? " in the formats and genres chosen" : ""}.`
              : filtered
                ? "Nothing matches in the formats and genres chosen."
                : "Nothing matches."}
          </p>
        )}
      </PageIntro>

      <form action="/search" method="get" role="search" className={styles.form} aria-label="Search again">
        <label htmlFor="search-page-q" className={styles.label}>
          Search artists, albums and tracks
        </label>
        <div className={styles.row}>
          <input id="search-page-q" className={styles.input} type="search" name="q" defaultValue={q} maxLength={200} />
          <button type="submit" className={styles.button}>
            Search
          </button>
        </div>
      </form>

      {results?.staleFilter && (
        <p className={styles.stale} role="status">
          A filter in this link is no longer available: showing every result.
        </p>
      )}

      {results && total === 0 && !filtered && (
        <div className={styles.empty}>
          <p>
            We couldn&apos;t find anything for <strong>“{q}”</strong>. Check the spelling, try fewer words, or browse
            instead:
          </p>
          <p className={styles.links}>
            <Link href="/genres">Genres</Link> · <Link href="/charts">Charts</Link> · <Link href="/albums">All albums</Link>
          </p>
        </div>
      )}

      {results && (
        <div className={styles.layout}>
          <SearchFacets q={q} filters={results.filters} genres={results.facets.genres} mediaTypes={results.facets.mediaTypes} />
          <div className={styles.results}>
            {results && results.artists.length > 0 && (
              <Section id="result-artists" title="Artists">
                <ul className={styles.artists}>
                  {results.artists.map((a) => (
                    <li key={a.id}>
                      <Link href={`/artists/${encodeURIComponent(a.id)}`} className={styles.artist}>
                        <span className={styles.avatar} aria-hidden="true">
                          {a.name.slice(0, 1)}
                        </span>
                        {a.name}
                      </Link>
                    </li>
                  ))}
                </ul>
              </Section>
            )}

            {results && results.albums.length > 0 && (
              <Section id="result-albums" title="Albums">
                <AlbumGrid albums={results.albums} label="Albums found" headingLevel={3} eager={4} />
              </Section>
            )}

            {results && results.tracks.length > 0 && (
              <Section id="result-tracks" title="Tracks" lead="Press play for a demo clip.">
                <TrackTable tracks={results.tracks} caption={`Tracks matching “${q}”`} />
              </Section>
            )}
          </div>
        </div>
      )}
    </div>
  )
}
