"use client"

import Link from "next/link"
import { usePathname } from "next/navigation"
import { signout } from "@lib/data/customer"
import styles from "./account-nav.module.css"

/** The account's pages. A new page (orders, library) adds its entry here. */
const LINKS = [
  { href: "/account", label: "Overview" },
  { href: "/account/library", label: "Library" },
  { href: "/account/playlists", label: "Playlists" },
  { href: "/account/orders", label: "Orders" },
  { href: "/account/support", label: "Support" },
  { href: "/account/profile", label: "Profile" },
]

export default function AccountNav() {
  const pathname = usePathname() ?? ""
  return (
    <nav aria-label="Account" className={styles.nav}>
      <ul>
        {LINKS.map(({ href, label }) => (
          <li key={href}>
            <Link href={href} aria-current={pathname === href || (href !== "/account" && pathname.startsWith(`${href}/`)) ? "page" : undefined}>
              {label}
            </Link>
          </li>
        ))}
      </ul>
      <form action={signout}>
        <button type="submit" className={styles.signout}>
          Sign out
        </button>
      </form>
    </nav>
  )
}
