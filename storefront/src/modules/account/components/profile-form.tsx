"use client"

import { useActionState, useRef } from "react"
import { updateProfile } from "@lib/data/customer"
import type { CurrentCustomer } from "@lib/data/current-customer"
import type { FormState } from "@lib/util/account-form"
import Field from "./field"
import FormMessage from "./form-message"
import SubmitButton from "./submit-button"
import { useFocusFirstError } from "./use-focus-first-error"
import styles from "./account-form.module.css"

export default function ProfileForm({ customer }: { customer: CurrentCustomer }) {
  const [state, action] = useActionState(updateProfile, {} as FormState)
  const form = useRef<HTMLFormElement>(null)
  useFocusFirstError(form, state)
  const errors = state.fieldErrors ?? {}
  const values = state.values ?? {
    first_name: customer.first_name ?? "",
    last_name: customer.last_name ?? "",
    phone: customer.phone ?? "",
  }
  return (
    <form ref={form} action={action} className={styles.form} noValidate>
      <FormMessage error={state.error} success={state.success} />
      <Field
        name="email"
        id="profile-email"
        label="Email"
        type="email"
        value={customer.email}
        readOnly
        required
        hint="Your email is your login; it cannot be changed here."
      />
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
      <Field name="phone" label="Phone" type="tel" autoComplete="tel" defaultValue={values.phone} error={errors.phone} />
      <SubmitButton pendingText="Saving…">Save profile</SubmitButton>
    </form>
  )
}
