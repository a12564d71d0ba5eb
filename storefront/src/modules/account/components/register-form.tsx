"use client"

import Link from "next/link"
import { useActionState, useRef } from "react"
import { signup } from "@lib/data/customer"
import { type FormState, MIN_PASSWORD_LENGTH } from "@lib/util/account-form"
import Field from "./field"
import FormMessage from "./form-message"
import SubmitButton from "./submit-button"
import { useFocusFirstError } from "./use-focus-first-error"
import styles from "./account-form.module.css"

export default function RegisterForm({ next }: { next?: string }) {
  const [state, action] = useActionState(signup, {} as FormState)
  const form = useRef<HTMLFormElement>(null)
  useFocusFirstError(form, state)
  const errors = state.fieldErrors ?? {}
  const values = state.values ?? {}
  return (
    <form ref={form} action={action} className={styles.form} noValidate>
      {next && <input type="hidden" name="next" value={next} />}
      <FormMessage error={state.error} />
      <div className={styles.row}>
        <Field
          name="first_name"
          label="First name"
          autoComplete="given-name"
          required
          maxLength={100}
          defaultValue={values.first_name}
          error={errors.first_name}
        />
        <Field
          name="last_name"
          label="Last name"
          autoComplete="family-name"
          required
          maxLength={100}
          defaultValue={values.last_name}
          error={errors.last_name}
        />
      </div>
      <Field
        name="email"
        label="Email"
        type="email"
        autoComplete="email"
        required
        defaultValue={values.email}
        error={errors.email}
      />
      <Field
        name="phone"
        label="Phone"
        type="tel"
        autoComplete="tel"
        defaultValue={values.phone}
        error={errors.phone}
      />
      <Field
        name="password"
        label="Password"
        type="password"
        autoComplete="new-password"
        required
        minLength={MIN_PASSWORD_LENGTH}
        hint={`At least ${MIN_PASSWORD_LENGTH} characters.`}
        error={errors.password}
      />
      <SubmitButton pendingText="Creating your account…">Create account</SubmitButton>
      <div className={styles.links}>
        <p>
          Already have an account? <Link href="/account/login">Sign in</Link>
        </p>
      </div>
    </form>
  )
}
