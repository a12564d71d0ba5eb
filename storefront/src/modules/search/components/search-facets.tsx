import Link from "next/link"
import { plural } from "@lib/util/plural"
import type { FacetValue } from "../data/search-page"
import { noFilters, searchHref, toggled, type SearchFilters } from "../lib/filters"
import styles from "./search-facets.module.css"

type Props = {
  q: string
  filters: SearchFilters
  genres: FacetValue[]
  mediaTypes: FacetValue[]
}

/**
 * The genres and media types among the matches, as links that add or remove
 * that filter (several in one group widen it): they work without JavaScript,
 * and a chosen value says so to screen readers as well as with a tick.
 */
export default function SearchFacets({ q, filters, genres, mediaTypes }: Props) {
  const any = filters.genreIds.length + filters.mediaTypeIds.length > 0
  if (!genres.length && !mediaTypes.length && !any) return null
  return (
    <aside className={styles.facets} aria-label="Narrow the results">
      <FacetGroup id="facet-genre" title="Genre" values={genres} href={(id) => searchHref(q, toggled(filters, "genreIds", id))} />
      <FacetGroup
        id="facet-media-type"
        title="Format"
        values={mediaTypes}
        href={(id) => searchHref(q, toggled(filters, "mediaTypeIds", id))}
      />
      {any && (
        <p className={styles.clear}>
          <Link href={searchHref(q, noFilters)}>Clear filters</Link>
        </p>
      )}
    </aside>
  )
}

function FacetGroup({ id, title, values, href }: { id: string; title: string; values: FacetValue[]; href: (id: string) => string }) {
  if (!values.length) return null
  return (
    <nav className={styles.group} aria-labelledby={id}>
      <h2 id={id} className={styles.title}>
        {title}
      </h2>
      <ul className={styles.values}>
        {values.map((v) => (
          <li key={v.id}>
            <Link
              href={href(v.id)}
              className={styles.value}
              aria-current={v.selected ? "true" : undefined}
              data-selected={v.selected || undefined}
              rel="nofollow"
            >
              <span className={styles.tick} aria-hidden="true">
                {v.selected ? "✓" : ""}
              </span>
              <span className={styles.name}>{v.name}</span>
              <span className={styles.count}>
                <span aria-hidden="true">{v.trackCount.toLocaleString("en-US")}</span>
                <span className="visually-hidden">
                  {`, ${plural(v.trackCount, "track")}${v.albumCount ? ` and ${plural(v.albumCount, "album")}` : ""}${
                    v.selected ? ", selected: remove this filter" : ""
                  }`}
                </span>
              </span>
            </Link>
          </li>
        ))}
      </ul>
    </nav>
  )
}
