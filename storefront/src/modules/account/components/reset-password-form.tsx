"use client"

import Link from "next/link"
import { useActionState, useRef } from "react"
import { resetPassword } from "@lib/data/customer"
import { type FormState, MIN_PASSWORD_LENGTH } from "@lib/util/account-form"
import Field from "./field"
import FormMessage from "./form-message"
import SubmitButton from "./submit-button"
import { useFocusFirstError } from "./use-focus-first-error"
import styles from "./account-form.module.css"

export default function ResetPasswordForm({ token, email }: { token: string; email: string }) {
  const [state, action] = useActionState(resetPassword, {} as FormState)
  const form = useRef<HTMLFormElement>(null)
  useFocusFirstError(form, state)
  const errors = state.fieldErrors ?? {}
  return (
    <form ref={form} action={action} className={styles.form} noValidate>
      <FormMessage error={state.error} />
      <input type="hidden" name="token" value={token} />
      <Field name="email" label="Email" type="email" autoComplete="username" value={email} readOnly required />
      <Field
        name="password"
        label="New password"
        type="password"
        autoComplete="new-password"
        required
        minLength={MIN_PASSWORD_LENGTH}
        hint={`At least ${MIN_PASSWORD_LENGTH} characters.`}
        error={errors.password}
      />
      <Field
        name="confirm_password"
        label="New password again"
        type="password"
        autoComplete="new-password"
        required
        error={errors.confirm_password}
      />
      <SubmitButton pendingText="Saving…">Save new password</SubmitButton>
      <div className={styles.links}>
        <p>
          <Link href="/account/reset-password">Ask for a new reset link</Link>
        </p>
      </div>
    </form>
  )
}
