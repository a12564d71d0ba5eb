"use client"

import Link from "next/link"
import { usePathname } from "next/navigation"
import { useEffect, useId, useRef, useState, useTransition, type FormEvent } from "react"
import { addTrackToPlaylist, createPlaylist, pickerPlaylists } from "../data/actions"
import type { MyPlaylistSummary } from "../data/types"
import { plural } from "@lib/util/plural"
import styles from "./ui.module.css"

type Choices = { signedIn: false } | { signedIn: true; playlists: MyPlaylistSummary[] } | null

/**
 * "Add to playlist" in any track list: a dialog listing the customer's
 * playlists (read when it opens) and a field to start a new one with this
 * track. A visitor is asked to sign in first. Once added, the button shows a
 * tick and a live region says where the track went.
 */
export default function AddToPlaylist({ trackId, title }: { trackId: string; title: string }) {
  const dialogRef = useRef<HTMLDialogElement>(null)
  const [open, setOpen] = useState(false)
  const [choices, setChoices] = useState<Choices>(null)
  const [done, setDone] = useState<string | null>(null)
  const [error, setError] = useState<string | null>(null)
  const [pending, startTransition] = useTransition()
  const pathname = usePathname() ?? "/"
  const titleId = useId()
  const nameId = useId()

  useEffect(() => {
    const dialog = dialogRef.current
    if (open && dialog && !dialog.open) dialog.showModal()
  }, [open])

  function openPicker() {
    setError(null)
    setChoices(null)
    setOpen(true)
    startTransition(async () => {
      try {
        setChoices(await pickerPlaylists())
      } catch {
        setError("Your playlists can't be reached right now. Try again in a moment.")
      }
    })
  }

  function finish(message: string) {
    setDone(message)
    dialogRef.current?.close()
  }

  function add(playlist: MyPlaylistSummary) {
    setError(null)
    startTransition(async () => {
      const res = await addTrackToPlaylist(playlist.id, trackId)
      if (res.ok) finish(`Added to ${playlist.name}`)
      else if (res.status === 409) setError(`“${title}” is already in ${playlist.name}.`)
      else setError(res.error)
    })
  }

  function create(e: FormEvent<HTMLFormElement>) {
    e.preventDefault()
    const name = String(new FormData(e.currentTarget).get("name") ?? "")
    setError(null)
    startTransition(async () => {
      const res = await createPlaylist(name, trackId)
      if (res.ok) finish(`Added to ${res.data.name}`)
      else setError(res.error)
    })
  }

  return (
    <>
      <button
        type="button"
        className={styles.icon}
        aria-haspopup="dialog"
        aria-label={`Add ${title} to a playlist`}
        title={done ?? "Add to a playlist"}
        data-added={done ? true : undefined}
        onClick={openPicker}
      >
        <span aria-hidden="true">{done ? "♫✓" : "♫+"}</span>
      </button>
      {/* Said, not shown: the button's tick and tooltip show it without widening the row. */}
      <span role="status" className="visually-hidden">
        {done}
      </span>
      {open && (
        <dialog ref={dialogRef} className={styles.dialog} aria-labelledby={titleId} onClose={() => setOpen(false)}>
          <h2 id={titleId} className={styles.dialogTitle}>
            Add “{title}” to a playlist
          </h2>
          <button type="button" className={`${styles.quiet} ${styles.dialogClose}`} onClick={() => dialogRef.current?.close()}>
            Close
          </button>
          <div className={styles.dialogBody}>
            {choices === null && !error && <p className={styles.note}>Loading your playlists…</p>}
            {choices?.signedIn === false && (
              <p>
                <Link href={`/account/login?${new URLSearchParams({ next: pathname })}`}>Sign in</Link> to make playlists of your own.
              </p>
            )}
            {choices?.signedIn && (
              <>
                {choices.playlists.length > 0 ? (
                  <ul className={styles.choices} aria-label="Your playlists">
                    {choices.playlists.map((p) => (
                      <li key={p.id}>
                        <button type="button" className={styles.choice} onClick={() => add(p)} disabled={pending}>
                          {p.name}
                          <span className={styles.meta}>
                            {plural(p.trackCount, "track")}
                          </span>
                        </button>
                      </li>
                    ))}
                  </ul>
                ) : (
                  <p className={styles.note}>You have no playlists yet: name your first one.</p>
                )}
                <form className={styles.inline} onSubmit={create}>
                  <div className={styles.field}>
                    <label htmlFor={nameId} className={styles.label}>
                      New playlist
                    </label>
                    <input id={nameId} name="name" className={styles.input} required maxLength={100} autoComplete="off" />
                  </div>
                  <button type="submit" className={styles.primary} disabled={pending}>
                    Create and add
                  </button>
                </form>
              </>
            )}
            <p role="alert" className={`${styles.error} ${styles.empty}`}>
              {error}
            </p>
          </div>
        </dialog>
      )}
    </>
  )
}
