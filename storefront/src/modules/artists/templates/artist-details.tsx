import AlbumGrid from "@modules/albums/components/album-grid"
import PageIntro from "@modules/common/components/page-intro"
import { plural } from "@lib/util/plural"
import type { Artist } from "@/types/music"
import styles from "./artist-details.module.css"

/** An artist and every album of theirs the store sells. */
export default function ArtistDetails({ artist }: { artist: Artist }) {
  return (
    <div className="container">
      <div className={styles.head}>
        <span className={styles.avatar} aria-hidden="true">
          {artist.name.slice(0, 1)}
        </span>
        <PageIntro eyebrow="Artist" title={artist.name}>
          <p>{artist.albums.length ? `${plural(artist.albums.length, "album")} in the store.` : "No albums in the store yet."}</p>
        </PageIntro>
      </div>
      {artist.albums.length > 0 && (
        <section aria-labelledby="artist-albums">
          <h2 id="artist-albums" className={styles.heading}>
            Albums
          </h2>
          <AlbumGrid albums={artist.albums} label={`Albums by ${artist.name}`} headingLevel={3} hideArtist />
        </section>
      )}
    </div>
  )
}
