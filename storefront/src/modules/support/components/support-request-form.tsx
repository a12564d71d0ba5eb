"use client"

import { useActionState, useRef } from "react"
import { openSupportRequest } from "@lib/data/support-actions"
import type { FormState } from "@lib/util/account-form"
import { MESSAGE_MAX, SUBJECT_MAX } from "@lib/util/support"
import Field from "@modules/account/components/field"
import FormMessage from "@modules/account/components/form-message"
import SubmitButton from "@modules/account/components/submit-button"
import { useFocusFirstError } from "@modules/account/components/use-focus-first-error"
import formStyles from "@modules/account/components/account-form.module.css"
import styles from "../support.module.css"
import TextAreaField from "./text-area-field"

export type OrderOption = { id: string; label: string }

/** Subject, message and (optionally) which of the customer's orders it is about. */
export default function SupportRequestForm({ orders, orderId }: { orders: OrderOption[]; orderId?: string }) {
  const [state, action] = useActionState(openSupportRequest, {} as FormState)
  const form = useRef<HTMLFormElement>(null)
  useFocusFirstError(form, state)
  const errors = state.fieldErrors ?? {}
  const values = state.values ?? { subject: "", message: "", order_id: orderId ?? "" }
  return (
    <form ref={form} action={action} className={styles.form} noValidate>
      <FormMessage error={state.error} success={state.success} />
      <Field
        name="subject"
        label="Subject"
        required
        maxLength={SUBJECT_MAX}
        defaultValue={values.subject}
        error={errors.subject}
        hint="A few words, like “Download stops half-way”."
      />
      <div className={formStyles.field}>
        <label htmlFor="field-order_id" className={formStyles.label}>
          Order <span className={formStyles.optional}>(optional)</span>
        </label>
        <select
          id="field-order_id"
          name="order_id"
          className={styles.select}
          defaultValue={values.order_id}
          aria-invalid={errors.order_id ? true : undefined}
          aria-describedby={errors.order_id ? "field-order_id-error" : undefined}
        >
          <option value="">Not about an order</option>
          {orders.map((o) => (
            <option key={o.id} value={o.id}>
              {o.label}
            </option>
          ))}
        </select>
        {errors.order_id && (
          <p id="field-order_id-error" className={formStyles.fieldError}>
            {errors.order_id}
          </p>
        )}
      </div>
      <TextAreaField
        name="message"
        label="Message"
        required
        rows={8}
        maxLength={MESSAGE_MAX}
        defaultValue={values.message}
        error={errors.message}
        hint="Tell us what happened and what you expected. Your support rep answers by email and here."
      />
      <SubmitButton pendingText="Sending…">Send request</SubmitButton>
    </form>
  )
}
