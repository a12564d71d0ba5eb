"use client"

import Link from "next/link"
import { useActionState, useRef } from "react"
import { login } from "@lib/data/customer"
import type { FormState } from "@lib/util/account-form"
import Field from "./field"
import FormMessage from "./form-message"
import SubmitButton from "./submit-button"
import { useFocusFirstError } from "./use-focus-first-error"
import styles from "./account-form.module.css"

export default function LoginForm({ next, notice }: { next?: string; notice?: string }) {
  const [state, action] = useActionState(login, {} as FormState)
  const form = useRef<HTMLFormElement>(null)
  useFocusFirstError(form, state)
  const errors = state.fieldErrors ?? {}
  return (
    <form ref={form} action={action} className={styles.form} noValidate>
      <FormMessage error={state.error} success={state.error ? undefined : notice} />
      {next && <input type="hidden" name="next" value={next} />}
      <Field
        name="email"
        label="Email"
        type="email"
        autoComplete="email"
        required
        defaultValue={state.values?.email}
        error={errors.email}
      />
      <Field
        name="password"
        label="Password"
        type="password"
        autoComplete="current-password"
        required
        error={errors.password}
      />
      <SubmitButton pendingText="Signing in…">Sign in</SubmitButton>
      <div className={styles.links}>
        <p>
          <Link href="/account/reset-password">Forgot your password?</Link>
        </p>
        <p>
          New here? <Link href="/account/register">Create an account</Link>
        </p>
      </div>
    </form>
  )
}
