"use client"

import { useActionState, useRef } from "react"
import { replyToSupportRequest } from "@lib/data/support-actions"
import type { FormState } from "@lib/util/account-form"
import { MESSAGE_MAX } from "@lib/util/support"
import FormMessage from "@modules/account/components/form-message"
import SubmitButton from "@modules/account/components/submit-button"
import { useFocusFirstError } from "@modules/account/components/use-focus-first-error"
import styles from "../support.module.css"
import TextAreaField from "./text-area-field"

/** The customer's answer in a request's thread. */
export default function SupportReplyForm({ requestId, resolved }: { requestId: string; resolved: boolean }) {
  const [state, action] = useActionState(replyToSupportRequest, {} as FormState)
  const form = useRef<HTMLFormElement>(null)
  useFocusFirstError(form, state)
  return (
    <form ref={form} action={action} className={styles.form} noValidate>
      <input type="hidden" name="request_id" value={requestId} />
      <FormMessage error={state.error} success={state.success} />
      <TextAreaField
        // A sent reply empties the box (the thread above now shows it).
        key={state.values?.sent ?? "reply"}
        name="body"
        label="Your reply"
        required
        rows={5}
        maxLength={MESSAGE_MAX}
        defaultValue={state.values?.body ?? ""}
        error={state.fieldErrors?.body}
        hint={resolved ? "This request is resolved; writing again opens it." : undefined}
      />
      <SubmitButton pendingText="Sending…">Send reply</SubmitButton>
    </form>
  )
}
