import AlbumGrid from "@modules/albums/components/album-grid"
import PageIntro from "@modules/common/components/page-intro"
import Pagination from "@modules/common/components/pagination"
import { plural } from "@lib/util/plural"
import type { AlbumPage, ArtistRef } from "@/types/album"
import styles from "./artist-details.module.css"

/** An artist and the albums of theirs the store sells, a page at a time. */
export default function ArtistDetails({ artist, albums }: { artist: ArtistRef; albums: AlbumPage }) {
  const href = (page: number) => `/artists/${encodeURIComponent(artist.id)}${page > 1 ? `?page=${page}` : ""}`
  return (
    <div className="container">
      <div className={styles.head}>
        <span className={styles.avatar} aria-hidden="true">
          {artist.name.slice(0, 1)}
        </span>
        <PageIntro eyebrow="Artist" title={artist.name}>
          <p>{plural(albums.count, "album")} in the store.</p>
        </PageIntro>
      </div>
      <section aria-labelledby="artist-albums">
        <h2 id="artist-albums" className={styles.heading}>
          Albums
        </h2>
        {albums.albums.length ? (
          <>
            <AlbumGrid
              albums={albums.albums}
              label={albums.pageCount > 1 ? `Albums by ${artist.name}, page ${albums.page} of ${albums.pageCount}` : `Albums by ${artist.name}`}
              headingLevel={3}
              hideArtist
            />
            <Pagination page={albums.page} pageCount={albums.pageCount} hrefFor={href} />
          </>
        ) : (
          <p className={styles.empty}>There are no more albums past this page.</p>
        )}
      </section>
    </div>
  )
}
