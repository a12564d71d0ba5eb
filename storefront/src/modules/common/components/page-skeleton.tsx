import type { ReactNode } from "react"
import Skeleton from "./skeleton"

type Props = {
  /** What a screen reader hears while the page loads. */
  label: string
  titleWidth: string
  /** The line (or form) under the title. */
  lead: { height: string; width: string }
  /** The outline of the page's content. */
  children: ReactNode
}

/** A page's loading state: announced politely, the outline of its title and lead, then of its content. */
export default function PageSkeleton({ label, titleWidth, lead, children }: Props) {
  return (
    <div className="container" role="status" aria-live="polite">
      <span className="visually-hidden">{label}</span>
      <Skeleton style={{ height: "2.75rem", width: titleWidth, margin: "2.5rem 0 1rem" }} />
      <Skeleton style={{ height: lead.height, width: lead.width, marginBottom: "2.5rem" }} />
      {children}
    </div>
  )
}
