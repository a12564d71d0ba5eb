import AlbumGrid from "@modules/albums/components/album-grid"
import BackLink from "@modules/common/components/back-link"
import PageIntro from "@modules/common/components/page-intro"
import Pagination from "@modules/common/components/pagination"
import Section from "@modules/common/components/section"
import TrackTable from "@modules/tracks/components/track-table"
import { plural } from "@lib/util/plural"
import type { AlbumPage, GenreRef } from "@/types/album"
import type { ChartTrack } from "@/types/music"
import styles from "./genre-details.module.css"

type Props = {
  genre: GenreRef
  albums: AlbumPage
  topTracks: ChartTrack[]
}

/** A genre: its best-selling tracks and its albums, a page at a time. */
export default function GenreDetails({ genre, albums, topTracks }: Props) {
  const href = (page: number) => `/genres/${encodeURIComponent(genre.id)}${page > 1 ? `?page=${page}` : ""}`
  return (
    <div className="container">
      <BackLink href="/genres" className={styles.back}>
        All genres
      </BackLink>
      <PageIntro eyebrow="Genre" title={genre.name}>
        <p>{plural(albums.count, "album")} with tracks in this genre.</p>
      </PageIntro>

      {topTracks.length > 0 && albums.page === 1 && (
        <Section
          id="top-tracks"
          title={`Best-selling ${genre.name} tracks`}
          lead="Press play for a demo clip."
          more={{ href: `/charts?genre=${encodeURIComponent(genre.id)}`, label: `${genre.name} charts` }}
        >
          <TrackTable tracks={topTracks} caption={`Best-selling ${genre.name} tracks`} numberOf={(t) => t.rank} />
        </Section>
      )}

      <Section id="genre-albums" title="Albums">
        {albums.albums.length ? (
          <>
            <AlbumGrid albums={albums.albums} label={`${genre.name} albums, page ${albums.page} of ${albums.pageCount}`} headingLevel={3} />
            <Pagination page={albums.page} pageCount={albums.pageCount} hrefFor={href} />
          </>
        ) : (
          <p className={styles.empty}>
            {albums.count ? "There are no more albums past this page." : "No albums in this genre yet."}
          </p>
        )}
      </Section>
    </div>
  )
}
