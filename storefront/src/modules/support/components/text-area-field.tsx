"use client"

import { type TextareaHTMLAttributes, useState } from "react"
import formStyles from "@modules/account/components/account-form.module.css"
import styles from "../support.module.css"

type Props = TextareaHTMLAttributes<HTMLTextAreaElement> & {
  name: string
  label: string
  maxLength: number
  error?: string
  hint?: string
}

/** A labelled textarea with a live character count; hint and error are read with it. */
export default function TextAreaField({ name, label, error, hint, maxLength, id = `field-${name}`, defaultValue, ...area }: Props) {
  const [length, setLength] = useState(String(defaultValue ?? "").length)
  const hintId = hint ? `${id}-hint` : undefined
  const errorId = error ? `${id}-error` : undefined
  const countId = `${id}-count`
  return (
    <div className={formStyles.field}>
      <label htmlFor={id} className={formStyles.label}>
        {label}
      </label>
      <textarea
        id={id}
        name={name}
        className={styles.textarea}
        maxLength={maxLength}
        defaultValue={defaultValue}
        aria-invalid={error ? true : undefined}
        aria-describedby={[errorId, hintId, countId].filter(Boolean).join(" ")}
        onChange={(e) => setLength(e.target.value.length)}
        {...area}
      />
      <p id={countId} className={styles.count}>
        {length.toLocaleString("en-US")} / {maxLength.toLocaleString("en-US")} characters
      </p>
      {hint && (
        <p id={hintId} className={formStyles.hint}>
          {hint}
        </p>
      )}
      {error && (
        <p id={errorId} className={formStyles.fieldError}>
          {error}
        </p>
      )}
    </div>
  )
}
