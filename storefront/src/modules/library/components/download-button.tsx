"use client"

import { useState } from "react"
import { signedUrl } from "@lib/data/library-actions"
import styles from "./download-button.module.css"

type Props = {
  kind: "download" | "album"
  id: string
  /** The visible text ("Download", "Download album (ZIP)"). */
  children: string
  /** What downloads, after the visible text in the accessible name: "Download — Tide Pool". */
  label: string
}

/**
 * Asks the backend for a fresh signed URL (they expire in minutes, so never
 * one rendered into the page) and lets the browser download from it.
 */
export default function DownloadButton({ kind, id, children, label }: Props) {
  const [busy, setBusy] = useState(false)
  const [error, setError] = useState<string | null>(null)

  async function download() {
    setBusy(true)
    setError(null)
    const answer = await signedUrl(kind, id)
    setBusy(false)
    if (!answer.url) {
      setError(answer.error ?? "The file can't be reached right now.")
      return
    }
    // The answer is an attachment: the browser saves it and this page stays.
    window.location.assign(answer.url)
  }

  return (
    <span className={styles.wrap}>
      <button type="button" className={kind === "album" ? styles.album : styles.track} onClick={download} disabled={busy}>
        <svg width="16" height="16" viewBox="0 0 24 24" aria-hidden="true" focusable="false" fill="none" stroke="currentColor" strokeWidth="2.2">
          <path d="M12 4v11m0 0-4.5-4.5M12 15l4.5-4.5M5 19h14" strokeLinecap="round" strokeLinejoin="round" />
        </svg>
        {busy ? "Preparing…" : children}
        <span className="visually-hidden"> — {label}</span>
      </button>
      <span role="alert" className={error ? styles.error : styles.empty}>
        {error}
      </span>
    </span>
  )
}
