import Link from "next/link"
import AlbumGrid from "@modules/albums/components/album-grid"
import PageIntro from "@modules/common/components/page-intro"
import Section from "@modules/common/components/section"
import TrackTable from "@modules/tracks/components/track-table"
import { plural } from "@lib/util/plural"
import type { SearchResults } from "@/types/music"
import styles from "./search-results.module.css"

/** The results page: artists, albums and tracks matching the query, best first. */
export default function SearchResultsView({ q, results }: { q: string; results: SearchResults | null }) {
  const total = results ? results.artists.length + results.albums.length + results.tracks.length : 0
  return (
    <div className="container">
      <PageIntro eyebrow="Search" title={q ? `Results for “${q}”` : "Search the store"}>
        {results && (
          <p role="status">
            {total
              ? `${plural(results.artists.length, "artist")}, ${plural(results.albums.length, "album")} and ${plural(results.tracks.length, "track")}.`
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

      {results && total === 0 && (
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
  )
}
