import Link from "next/link"
import type { ReactNode } from "react"
import styles from "./section.module.css"

type Props = {
  id: string
  title: string
  /** A short line under the heading. */
  lead?: ReactNode
  more?: { href: string; label: string }
  children: ReactNode
}

/** A titled block of a page, with an optional "see all" link. */
export default function Section({ id, title, lead, more, children }: Props) {
  return (
    <section className={styles.section} aria-labelledby={id}>
      <div className={styles.head}>
        <div>
          <h2 id={id} className={styles.title}>
            {title}
          </h2>
          {lead && <p className={styles.lead}>{lead}</p>}
        </div>
        {more && (
          <Link className={styles.more} href={more.href}>
            {more.label}
            <span aria-hidden="true">&nbsp;→</span>
          </Link>
        )}
      </div>
      {children}
    </section>
  )
}
