import Link from "next/link"
import LogoMark from "./logo-mark"
import styles from "./site-header.module.css"

export const STORE_NAME = "Chinook Records"

export default function SiteHeader() {
  return (
    <header className={styles.header}>
      <div className={`container ${styles.bar}`}>
        <Link href="/" className={styles.brand}>
          <LogoMark />
          <span className={styles.name}>{STORE_NAME}</span>
        </Link>
        <nav className={styles.nav} aria-label="Main">
          <ul>
            <li>
              <Link href="/">Albums</Link>
            </li>
          </ul>
        </nav>
      </div>
    </header>
  )
}
