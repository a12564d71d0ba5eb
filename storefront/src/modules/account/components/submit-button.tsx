"use client"

import { useFormStatus } from "react-dom"
import styles from "./account-form.module.css"

/** The form's button, busy (and saying so) while the action runs. */
export default function SubmitButton({ children, pendingText }: { children: string; pendingText: string }) {
  const { pending } = useFormStatus()
  return (
    <button type="submit" className={styles.submit} disabled={pending} aria-disabled={pending}>
      {pending ? pendingText : children}
    </button>
  )
}
