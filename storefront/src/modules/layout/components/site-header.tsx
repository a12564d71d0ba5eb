import Link from "next/link"
import CartLink from "@modules/cart/components/cart-link"
import SearchBox from "@modules/search/components/search-box"
import AccountLink from "./account-link"
import LogoMark from "./logo-mark"
import NavLinks from "./nav-links"
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
        <div className={styles.search}>
          <SearchBox />
        </div>
        <nav className={styles.nav} aria-label="Main">
          <NavLinks />
        </nav>
        <AccountLink />
        <CartLink />
      </div>
    </header>
  )
}
