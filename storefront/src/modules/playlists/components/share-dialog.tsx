"use client"

import { useEffect, useId, useRef, useState, useTransition } from "react"
import { revokePlaylistShare, sharePlaylist } from "../data/actions"
import ui from "./ui.module.css"

/**
 * Share a playlist by link. Making the link makes the playlist public: anyone
 * holding it can see and play the playlist, never change it. "Stop sharing"
 * revokes the link for good (a new one can be made).
 */
export default function ShareDialog({ playlistId, name, shareUrl }: { playlistId: string; name: string; shareUrl: string | null }) {
  const dialogRef = useRef<HTMLDialogElement>(null)
  const inputRef = useRef<HTMLInputElement>(null)
  const [open, setOpen] = useState(false)
  const [url, setUrl] = useState(shareUrl)
  const [status, setStatus] = useState<string | null>(null)
  const [error, setError] = useState<string | null>(null)
  const [pending, startTransition] = useTransition()
  const titleId = useId()
  const linkId = useId()

  useEffect(() => setUrl(shareUrl), [shareUrl])
  useEffect(() => {
    const dialog = dialogRef.current
    if (open && dialog && !dialog.open) dialog.showModal()
  }, [open])

  function run(action: () => Promise<void>) {
    setError(null)
    setStatus(null)
    startTransition(action)
  }

  const share = () =>
    run(async () => {
      const res = await sharePlaylist(playlistId)
      if (res.ok) {
        setUrl(res.data)
        setStatus("Link created. Anyone with it can now see this playlist.")
      } else setError(res.error)
    })

  const revoke = () =>
    run(async () => {
      const res = await revokePlaylistShare(playlistId)
      if (res.ok) {
        setUrl(null)
        setStatus("Sharing stopped: the old link no longer works.")
      } else setError(res.error)
    })

  async function copy() {
    if (!url) return
    try {
      await navigator.clipboard.writeText(url)
      setStatus("Link copied.")
    } catch {
      // No clipboard access (http, or refused): select it for the customer to copy.
      inputRef.current?.select()
      setStatus("Press Ctrl+C (or ⌘C) to copy the selected link.")
    }
  }

  return (
    <>
      <button type="button" className={ui.button} aria-haspopup="dialog" onClick={() => setOpen(true)}>
        {url ? "Shared" : "Share"}
        <span className="visually-hidden"> — {name}</span>
      </button>
      {open && (
        <dialog ref={dialogRef} className={ui.dialog} aria-labelledby={titleId} onClose={() => setOpen(false)}>
          <h2 id={titleId} className={ui.dialogTitle}>
            Share “{name}”
          </h2>
          <button type="button" className={`${ui.quiet} ${ui.dialogClose}`} onClick={() => dialogRef.current?.close()}>
            Close
          </button>
          <div className={ui.dialogBody}>
            {url ? (
              <>
                <div className={ui.field}>
                  <label htmlFor={linkId} className={ui.label}>
                    Share link
                  </label>
                  <input
                    id={linkId}
                    ref={inputRef}
                    className={ui.input}
                    value={url}
                    readOnly
                    onFocus={(e) => e.currentTarget.select()}
                  />
                </div>
                <p className={ui.note}>Anyone with this link can see and play the playlist, but not change it.</p>
                <div className={ui.inline}>
                  <button type="button" className={ui.primary} onClick={copy}>
                    Copy link
                  </button>
                  <button type="button" className={ui.danger} onClick={revoke} disabled={pending}>
                    Stop sharing
                  </button>
                </div>
              </>
            ) : (
              <>
                <p className={ui.note}>
                  Sharing makes this playlist public: anyone with its link can see and play it, but not change it. You can
                  stop sharing at any time; the link then stops working for good.
                </p>
                <div className={ui.inline}>
                  <button type="button" className={ui.primary} onClick={share} disabled={pending}>
                    {pending ? "Creating…" : "Create link"}
                  </button>
                </div>
              </>
            )}
            <p role="status" className={`${ui.status} ${ui.empty}`}>
              {status}
            </p>
            <p role="alert" className={`${ui.error} ${ui.empty}`}>
              {error}
            </p>
          </div>
        </dialog>
      )}
    </>
  )
}
