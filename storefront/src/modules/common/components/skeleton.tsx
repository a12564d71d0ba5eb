import type { CSSProperties } from "react"
import styles from "./skeleton.module.css"

/** A grey placeholder block shown while a page loads. */
export default function Skeleton({ style, className }: { style?: CSSProperties; className?: string }) {
  return <div className={[styles.block, className].filter(Boolean).join(" ")} style={style} aria-hidden="true" />
}
