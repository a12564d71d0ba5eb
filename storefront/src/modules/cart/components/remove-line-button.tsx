"use client"

import { useActionState } from "react"
import { useFormStatus } from "react-dom"
import { removeFromCart, type CartActionState } from "@lib/data/cart"
import styles from "./remove-line-button.module.css"

function Submit({ name }: { name: string }) {
  const { pending } = useFormStatus()
  return (
    <button type="submit" className={styles.remove} disabled={pending} aria-label={`Remove ${name} from cart`}>
      {pending ? "Removing…" : "Remove"}
    </button>
  )
}

export default function RemoveLineButton({ lineId, name }: { lineId: string; name: string }) {
  const [state, action] = useActionState<CartActionState, FormData>(removeFromCart, {})
  return (
    <form action={action} className={styles.form}>
      <input type="hidden" name="line_id" value={lineId} />
      <Submit name={name} />
      <p role="alert" className={state.error ? styles.error : styles.empty}>
        {state.error}
      </p>
    </form>
  )
}
