import type { ReactNode } from "react"
import styles from "./page-intro.module.css"

/** A page's heading, with an optional eyebrow above and a lead paragraph below. */
export default function PageIntro({ eyebrow, title, children }: { eyebrow?: string; title: string; children?: ReactNode }) {
  return (
    <div className={styles.intro}>
      {eyebrow && <p className={styles.eyebrow}>{eyebrow}</p>}
      <h1 className={styles.heading}>{title}</h1>
      {children && <div className={styles.lead}>{children}</div>}
    </div>
  )
}
