import type { ReactNode } from "react"
import styles from "../components/account-form.module.css"

/** The card that holds a sign-in, registration or reset form. */
export default function AuthPanel({ title, lead, children }: { title: string; lead?: ReactNode; children: ReactNode }) {
  return (
    <div className="container">
      <section className={styles.panel} aria-labelledby="auth-title">
        <h1 id="auth-title" className={styles.title}>
          {title}
        </h1>
        {lead && <p className={styles.lead}>{lead}</p>}
        {children}
      </section>
    </div>
  )
}
