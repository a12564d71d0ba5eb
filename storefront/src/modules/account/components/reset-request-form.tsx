"use client"

import Link from "next/link"
import { useActionState, useRef } from "react"
import { requestPasswordReset } from "@lib/data/customer"
import type { FormState } from "@lib/util/account-form"
import Field from "./field"
import FormMessage from "./form-message"
import SubmitButton from "./submit-button"
import { useFocusFirstError } from "./use-focus-first-error"
import styles from "./account-form.module.css"

export default function ResetRequestForm({ notice }: { notice?: string }) {
  const [state, action] = useActionState(requestPasswordReset, {} as FormState)
  const form = useRef<HTMLFormElement>(null)
  useFocusFirstError(form, state)
  return (
    <form ref={form} action={action} className={styles.form} noValidate>
      <FormMessage error={state.error ?? (state.success ? undefined : notice)} success={state.success} />
      <Field
        name="email"
        label="Email"
        type="email"
        autoComplete="email"
        required
        defaultValue={state.values?.email}
        error={state.fieldErrors?.email}
      />
      <SubmitButton pendingText="Sending…">Send me a reset link</SubmitButton>
      <div className={styles.links}>
        <p>
          Remembered it? <Link href="/account/login">Sign in</Link>
        </p>
      </div>
    </form>
  )
}
