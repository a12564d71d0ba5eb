"use client"

import { useActionState, useId } from "react"
import { createPlaylistFromForm, type FormState } from "../data/actions"
import ui from "./ui.module.css"

/** Names a new playlist; once made, its page opens. */
export default function CreatePlaylistForm() {
  const [state, action, pending] = useActionState<FormState, FormData>(createPlaylistFromForm, {})
  const nameId = useId()
  const errorId = useId()
  return (
    <form action={action} className={ui.inline} aria-label="New playlist">
      <div className={ui.field}>
        <label htmlFor={nameId} className={ui.label}>
          Playlist name
        </label>
        <input
          id={nameId}
          name="name"
          className={ui.input}
          required
          maxLength={100}
          autoComplete="off"
          aria-invalid={state.error ? true : undefined}
          aria-describedby={state.error ? errorId : undefined}
        />
      </div>
      <button type="submit" className={ui.primary} disabled={pending}>
        {pending ? "Creating…" : "Create playlist"}
      </button>
      <p id={errorId} role="alert" className={`${ui.error} ${ui.empty}`}>
        {state.error}
      </p>
    </form>
  )
}
