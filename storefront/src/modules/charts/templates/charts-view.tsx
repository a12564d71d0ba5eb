import Link from "next/link"
import AlbumGrid from "@modules/albums/components/album-grid"
import PageIntro from "@modules/common/components/page-intro"
import Section from "@modules/common/components/section"
import TrackTable from "@modules/tracks/components/track-table"
import type { GenreRef } from "@/types/album"
import type { Charts } from "@/types/music"
import styles from "./charts-view.module.css"

export type Period = { value: string; label: string; days?: number }

/** The chart periods a customer can pick; all time first, the default. */
export const PERIODS: Period[] = [
  { value: "all", label: "All time" },
  { value: "year", label: "Last 12 months", days: 365 },
  { value: "month", label: "Last 30 days", days: 30 },
]

type Props = {
  charts: Charts | null
  genres: GenreRef[]
  genre: GenreRef | null
  period: Period
}

function chartsHref(period: string, genre: string | null) {
  const qs = new URLSearchParams()
  if (period !== "all") qs.set("period", period)
  if (genre) qs.set("genre", genre)
  const s = qs.toString()
  return s ? `/charts?${s}` : "/charts"
}

/** Best-selling albums and tracks, by units sold, for a period and a genre. */
export default function ChartsView({ charts, genres, genre, period }: Props) {
  const scope = `${genre ? `${genre.name}, ` : ""}${period.label.toLowerCase()}`
  const empty = !charts || (!charts.albums.length && !charts.tracks.length)
  return (
    <div className="container">
      <PageIntro eyebrow="Charts" title={genre ? `${genre.name} best sellers` : "Best sellers"}>
        <p>What our customers buy most: {scope}.</p>
      </PageIntro>

      <nav aria-label="Chart period" className={styles.periods}>
        <ul>
          {PERIODS.map((p) => (
            <li key={p.value}>
              <Link href={chartsHref(p.value, genre?.id ?? null)} aria-current={p.value === period.value ? "page" : undefined}>
                {p.label}
              </Link>
            </li>
          ))}
        </ul>
      </nav>

      <form action="/charts" method="get" className={styles.filter}>
        {period.value !== "all" && <input type="hidden" name="period" value={period.value} />}
        <label htmlFor="charts-genre">Genre</label>
        <select id="charts-genre" name="genre" defaultValue={genre?.id ?? ""}>
          <option value="">All genres</option>
          {genres.map((g) => (
            <option key={g.id} value={g.id}>
              {g.name}
            </option>
          ))}
        </select>
        <button type="submit">Show</button>
      </form>

      {empty ? (
        <div className={styles.empty} role="status">
          <h2>No sales {period.days ? `in the ${period.label.toLowerCase()}` : "yet"}</h2>
          <p>
            {charts
              ? `Nothing${genre ? ` in ${genre.name}` : ""} has sold ${period.days ? "in that time" : "so far"}.`
              : "Charts are not available right now."}{" "}
            {period.value !== "all" && charts && (
              <Link href={chartsHref("all", genre?.id ?? null)}>See the all-time chart</Link>
            )}
          </p>
        </div>
      ) : (
        <>
          {charts.albums.length > 0 && (
            <Section id="chart-albums" title="Top albums">
              <AlbumGrid albums={charts.albums} label={`Top albums, ${scope}`} headingLevel={3} eager={4} eyebrow={(a) => `No. ${a.rank} · ${unitsSold(a.units)}`} />
            </Section>
          )}
          {charts.tracks.length > 0 && (
            <Section id="chart-tracks" title="Top tracks" lead="Press play for a demo clip.">
              <TrackTable
                tracks={charts.tracks}
                caption={`Top tracks, ${scope}, with units sold`}
                numberHeading="No."
                numberOf={(t) => t.rank}
                extra={{ heading: "Sold", cell: (t) => t.units.toLocaleString("en-US") }}
              />
            </Section>
          )}
        </>
      )}
    </div>
  )
}

function unitsSold(n: number) {
  return `${n.toLocaleString("en-US")} sold`
}
