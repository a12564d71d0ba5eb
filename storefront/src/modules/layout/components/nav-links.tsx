"use client"

import Link from "next/link"
import { usePathname } from "next/navigation"

const LINKS = [
  { href: "/albums", label: "Albums" },
  { href: "/genres", label: "Genres" },
  { href: "/charts", label: "Charts" },
  { href: "/playlists", label: "Playlists" },
]

/** The main sections; the one the customer is in is marked as current. */
export default function NavLinks() {
  const pathname = usePathname() ?? "/"
  return (
    <ul>
      {LINKS.map(({ href, label }) => {
        const here = pathname === href || pathname.startsWith(`${href}/`)
        return (
          <li key={href}>
            <Link href={href} aria-current={here ? "page" : undefined}>
              {label}
            </Link>
          </li>
        )
      })}
    </ul>
  )
}
