import Link from "next/link"
import AddToCartButton from "@modules/cart/components/add-to-cart-button"
import BackLink from "@modules/common/components/back-link"
import { Duration } from "@modules/common/components/duration"
import Price from "@modules/common/components/price"
import Section from "@modules/common/components/section"
import { PlayAllButton } from "@modules/player/components/play-button"
import TrackQueue from "@modules/player/components/track-queue"
import { albumSavings } from "@lib/util/album-savings"
import { formatMoney } from "@lib/util/money"
import { plural } from "@lib/util/plural"
import type { Album, GenreRef, RelatedAlbum } from "@/types/album"
import AlbumCover from "../components/album-cover"
import { artistHref } from "../components/album-card"
import AlbumGrid from "../components/album-grid"
import TrackList from "../components/track-list"
import styles from "./album-details.module.css"

const REASONS: Record<RelatedAlbum["reason"], string> = {
  bought_together: "Often bought together",
  same_artist: "Same artist",
  same_genre: "Same genre",
}

function genresOf(album: Album): GenreRef[] {
  const seen = new Map<string, GenreRef>()
  for (const t of album.tracks) if (t.genre && !seen.has(t.genre.id)) seen.set(t.genre.id, t.genre)
  return [...seen.values()]
}

export default function AlbumDetails({ album, related = [] }: { album: Album; related?: RelatedAlbum[] }) {
  const savings = albumSavings(album)
  const genres = genresOf(album)
  const totalMs = album.tracks.reduce((sum, t) => sum + t.durationMs, 0)
  const first = album.tracks[0]
  const previewNote = previewNoteOf(album.tracks)

  return (
    <div className={`container ${styles.page}`}>
      <BackLink href="/albums" className={styles.back}>
        All albums
      </BackLink>

      <article aria-labelledby="album-title">
        <div className={styles.layout}>
          <div className={styles.coverWrap}>
            <AlbumCover album={album} priority />
          </div>

          <div className={styles.info}>
            <p className={styles.eyebrow}>Album</p>
            <h1 id="album-title" className={styles.title}>
              {album.title}
            </h1>
            <p className={styles.artist}>
              by{" "}
              <Link href={artistHref(album.artist)} className={styles.artistLink}>
                {album.artist.name}
              </Link>{" "}
              ·{" "}
              {plural(album.tracks.length, "track")}
              {totalMs > 0 && (
                <>
                  {" "}
                  · <Duration ms={totalMs} />
                </>
              )}
            </p>
            {genres.length > 0 && (
              <ul className={styles.genres} aria-label="Genres">
                {genres.map((g) => (
                  <li key={g.id}>
                    <Link href={`/genres/${encodeURIComponent(g.id)}`}>{g.name}</Link>
                  </li>
                ))}
              </ul>
            )}

            {/* Sold whole only when the API names the variant that does it. */}
            {album.fullAlbum && (
              <div className={styles.buy}>
                <p>
                  <span className={styles.buyLabel}>Full album</span>
                  <Price className={styles.buyPrice} money={album.fullAlbum.price} />
                </p>
                <AddToCartButton
                  variantId={album.fullAlbum.variantId}
                  name={album.title}
                  price={album.fullAlbum.price}
                  size="album"
                />
                {savings && (
                  <p className={styles.savings}>
                    <strong>Save {formatMoney(savings.saved)}</strong> compared with buying all{" "}
                    {plural(album.tracks.length, "track")} separately ({formatMoney(savings.tracksTotal)}).
                  </p>
                )}
              </div>
            )}
            {first && (
              <div className={styles.listen}>
                <TrackQueue tracks={album.tracks}>
                  <PlayAllButton label="Play demo clips" />
                </TrackQueue>
                <p className={styles.demoNote} data-preview-note={previewNote.kind}>
                  {previewNote.text}
                </p>
              </div>
            )}
          </div>
        </div>

        <section className={styles.tracks} aria-labelledby="tracks-heading">
          <h2 id="tracks-heading" className={styles.tracksHeading}>
            Tracks
            <span className={styles.tracksCount}>Priced per track</span>
          </h2>
          <TrackList album={album} />
        </section>
      </article>

      {related.length > 0 && (
        <Section id="related" title="You might also like">
          <AlbumGrid albums={related} label="Related albums" headingLevel={3} eager={0} eyebrow={(a) => REASONS[a.reason]} />
        </Section>
      )}
    </div>
  )
}

/** What the album's previews are: excerpts of the uploaded recordings, generated demos, or some of each. */
function previewNoteOf(tracks: { preview: "excerpt" | "generated" }[]) {
  const excerpts = tracks.filter((t) => t.preview === "excerpt").length
  if (excerpts === 0) return { kind: "generated", text: "Demo clips are 30-second generated previews, not the recordings." }
  if (excerpts === tracks.length) return { kind: "excerpt", text: "Previews are 30-second excerpts of the recordings." }
  return {
    kind: "mixed",
    text: `Previews of ${plural(excerpts, "track")} are 30-second excerpts of the recordings; the others are generated demo clips.`,
  }
}
