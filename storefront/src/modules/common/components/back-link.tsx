import Link from "next/link"
import type { ReactNode } from "react"
import styles from "./back-link.module.css"

/** "← All albums": the way up from a detail page to its list. `className` places it (its margins). */
export default function BackLink({ href, className, children }: { href: string; className?: string; children: ReactNode }) {
  return (
    <Link href={href} className={[styles.back, className].filter(Boolean).join(" ")}>
      <span aria-hidden="true">←</span> {children}
    </Link>
  )
}
