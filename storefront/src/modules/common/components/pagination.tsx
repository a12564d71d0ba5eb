import Link from "next/link"
import { pageNumbers } from "@lib/util/page-numbers"
import styles from "./pagination.module.css"

type Props = {
  page: number
  pageCount: number
  /** The URL of a page: "/?page=2". */
  hrefFor: (page: number) => string
}

/** Previous / next links with page numbers (numbers hidden on phones). */
export default function Pagination({ page, pageCount, hrefFor }: Props) {
  if (pageCount <= 1) {
    return null
  }
  const hasPrev = page > 1
  const hasNext = page < pageCount

  return (
    <nav className={styles.nav} aria-label="Pagination">
      <ul className={styles.list}>
        <li className={styles.item}>
          {hasPrev ? (
            <Link href={hrefFor(page - 1)} rel="prev">
              <span aria-hidden="true">←&nbsp;</span>Previous
            </Link>
          ) : (
            <span className={styles.disabled} aria-disabled="true">
              <span aria-hidden="true">←&nbsp;</span>Previous
            </span>
          )}
        </li>
        {pageNumbers(page, pageCount).map((n, i) =>
          n === null ? (
            <li key={`gap-${i}`} className={`${styles.item} ${styles.numbers}`} aria-hidden="true">
              <span className={styles.gap}>…</span>
            </li>
          ) : (
            <li key={n} className={`${styles.item} ${styles.numbers}`}>
              {n === page ? (
                <span className={styles.current} aria-current="page">
                  <span className="visually-hidden">Page </span>
                  {n}
                </span>
              ) : (
                <Link href={hrefFor(n)} aria-label={`Page ${n}`}>
                  {n}
                </Link>
              )}
            </li>
          )
        )}
        <li className={`${styles.item} ${styles.status}`} aria-hidden="true">
          {page} / {pageCount}
        </li>
        <li className={styles.item}>
          {hasNext ? (
            <Link href={hrefFor(page + 1)} rel="next">
              Next<span aria-hidden="true">&nbsp;→</span>
            </Link>
          ) : (
            <span className={styles.disabled} aria-disabled="true">
              Next<span aria-hidden="true">&nbsp;→</span>
            </span>
          )}
        </li>
      </ul>
    </nav>
  )
}
