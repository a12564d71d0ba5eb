import type { ReactNode } from "react"
import LogoMark from "@modules/layout/components/logo-mark"
import styles from "./notice.module.css"

type Props = {
  title: string
  children: ReactNode
  actions?: ReactNode
  /** "alert" for problems a visitor should hear about at once. */
  role?: "alert" | "status"
}

/** A centred panel for empty, missing and error states. */
export default function Notice({ title, children, actions, role }: Props) {
  return (
    <div className="container">
      <section className={styles.notice} role={role} aria-labelledby="notice-title">
        <div className={styles.icon}>
          <LogoMark size={48} />
        </div>
        <h1 id="notice-title" className={styles.title}>
          {title}
        </h1>
        <div className={styles.body}>{children}</div>
        {actions && <div className={styles.actions}>{actions}</div>}
      </section>
    </div>
  )
}

export const noticeStyles = { button: styles.button, secondary: `${styles.button} ${styles.secondary}` }
