import Link from "next/link"
import AlbumGrid from "@modules/albums/components/album-grid"
import Section from "@modules/common/components/section"
import GenreList from "@modules/genres/components/genre-list"
import PlaylistGrid from "@modules/playlists/components/playlist-grid"
import type { AlbumCard, GenreRef } from "@/types/album"
import type { ChartAlbum, PlaylistSummary } from "@/types/music"
import styles from "./home.module.css"

type Props = {
  newAlbums: AlbumCard[]
  bestSellers: ChartAlbum[]
  genres: GenreRef[]
  playlists: PlaylistSummary[]
}

/** The home page: what is new, what sells, genres to browse and playlists to start from. */
export default function Home({ newAlbums, bestSellers, genres, playlists }: Props) {
  return (
    <div className="container">
      <div className={styles.hero}>
        <p className={styles.eyebrow}>Chinook Records</p>
        <h1 className={styles.heading}>Find your next favourite album</h1>
        <p className={styles.lead}>
          Rock, jazz, Latin, classical and more. Listen to a demo clip of any track, then buy the whole album for less
          or just the tracks you love.
        </p>
        <div className={styles.actions}>
          <Link className={styles.primary} href="/albums">
            Browse all albums
          </Link>
          <Link className={styles.secondary} href="/charts">
            See the charts
          </Link>
        </div>
      </div>

      {newAlbums.length > 0 && (
        <Section id="new-albums" title="New albums" lead="Just added to the catalogue." more={{ href: "/albums", label: "All albums" }}>
          <AlbumGrid albums={newAlbums} label="New albums" headingLevel={3} eager={4} />
        </Section>
      )}

      {bestSellers.length > 0 && (
        <Section id="best-sellers" title="Best-selling albums" lead="What our customers buy most, all time." more={{ href: "/charts", label: "Charts" }}>
          <AlbumGrid albums={bestSellers} label="Best-selling albums" headingLevel={3} eager={0} eyebrow={(a) => `No. ${a.rank}`} />
        </Section>
      )}

      {genres.length > 0 && (
        <Section id="genres" title="Browse by genre" more={{ href: "/genres", label: "All genres" }}>
          <GenreList genres={genres} label="Genres" />
        </Section>
      )}

      {playlists.length > 0 && (
        <Section id="playlists" title="Playlists" lead="Hand-picked by our staff." more={{ href: "/playlists", label: "All playlists" }}>
          <PlaylistGrid playlists={playlists.slice(0, 6)} headingLevel={3} />
        </Section>
      )}
    </div>
  )
}
