"use client"

import { useActionState } from "react"
import { useFormStatus } from "react-dom"
import { placeSystemOrder, type CheckoutState } from "@lib/data/cart"
import styles from "./payment.module.css"

function Submit({ total }: { total: string }) {
  const { pending } = useFormStatus()
  return (
    <button type="submit" className={styles.submit} disabled={pending}>
      {pending ? "Placing your order…" : `Place order · ${total}`}
    </button>
  )
}

/** Paying through the store's system provider (no card form): one button places the order. */
export default function SystemPayment({ total }: { total: string }) {
  const [state, action] = useActionState<CheckoutState, FormData>(placeSystemOrder, {})
  return (
    <form action={action} className={styles.form}>
      <p className={styles.note}>This store takes payment on account: no card is needed. Your order is confirmed at once.</p>
      <p role="alert" className={state.error ? styles.error : styles.empty}>
        {state.error}
      </p>
      <Submit total={total} />
    </form>
  )
}
