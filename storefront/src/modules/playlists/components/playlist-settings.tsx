"use client"

import { useActionState, useId, useState, useTransition } from "react"
import { deletePlaylist, updatePlaylistFromForm, type FormState } from "../data/actions"
import ui from "./ui.module.css"

type Props = { id: string; name: string; description: string | null; visibility: "private" | "public" }

/** Rename, describe, private or public, and delete (asked twice). */
export default function PlaylistSettings({ id, name, description, visibility }: Props) {
  const [state, action, saving] = useActionState<FormState, FormData>(updatePlaylistFromForm.bind(null, id), {})
  const [confirming, setConfirming] = useState(false)
  const [deleteError, setDeleteError] = useState<string | null>(null)
  const [deleting, startDelete] = useTransition()
  const ids = { name: useId(), description: useId() }

  const remove = () =>
    startDelete(async () => {
      const res = await deletePlaylist(id)
      // On success the action has moved on to My playlists.
      if (!res.ok) setDeleteError(res.error)
    })

  return (
    <details className={ui.settings}>
      <summary className={ui.button}>Edit details</summary>
      <form action={action} className={ui.dialogBody}>
        <div className={ui.field}>
          <label htmlFor={ids.name} className={ui.label}>
            Name
          </label>
          <input id={ids.name} name="name" className={ui.input} defaultValue={name} required maxLength={100} autoComplete="off" />
        </div>
        <div className={ui.field}>
          <label htmlFor={ids.description} className={ui.label}>
            Description <span className={ui.meta}>(optional)</span>
          </label>
          <textarea id={ids.description} name="description" className={ui.textarea} defaultValue={description ?? ""} maxLength={1000} />
        </div>
        <fieldset className={ui.fieldset}>
          <legend className={ui.label}>Who can see it</legend>
          <label className={ui.radio}>
            <input type="radio" name="visibility" value="private" defaultChecked={visibility === "private"} /> Only me
          </label>
          <label className={ui.radio}>
            <input type="radio" name="visibility" value="public" defaultChecked={visibility === "public"} /> Anyone with its share link
          </label>
        </fieldset>
        <div className={ui.inline}>
          <button type="submit" className={ui.primary} disabled={saving}>
            {saving ? "Saving…" : "Save details"}
          </button>
          {confirming ? (
            <>
              <button type="button" className={ui.danger} onClick={remove} disabled={deleting}>
                Yes, delete this playlist
              </button>
              <button type="button" className={ui.quiet} onClick={() => setConfirming(false)}>
                Keep it
              </button>
            </>
          ) : (
            <button type="button" className={ui.danger} onClick={() => setConfirming(true)}>
              Delete playlist
            </button>
          )}
        </div>
        <p role="status" className={`${ui.status} ${ui.empty}`}>
          {state.saved ? "Details saved." : null}
        </p>
        <p role="alert" className={`${ui.error} ${ui.empty}`}>
          {state.error ?? deleteError}
        </p>
      </form>
    </details>
  )
}
