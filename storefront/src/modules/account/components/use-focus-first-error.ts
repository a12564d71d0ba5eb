"use client"

import { type RefObject, useEffect } from "react"
import type { FormState } from "@lib/util/account-form"

/** After a submit with problems, focus moves to the first field that has one, so keyboard users land on it. */
export function useFocusFirstError(form: RefObject<HTMLFormElement | null>, state: FormState) {
  useEffect(() => {
    if (!state.fieldErrors) return
    const first = form.current?.querySelector<HTMLInputElement>('[aria-invalid="true"]')
    first?.focus()
  }, [form, state])
}
