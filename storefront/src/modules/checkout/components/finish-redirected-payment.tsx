"use client"

import { useEffect, useState } from "react"
import { placeOrder } from "@lib/data/cart"
import styles from "./payment.module.css"

/** Back from a payment that left the page (Stripe's return_url): completes the order once. */
export default function FinishRedirectedPayment() {
  const [error, setError] = useState<string | null>(null)
  useEffect(() => {
    placeOrder({}).then((answer) => setError(answer?.error ?? null))
  }, [])
  return error ? (
    <p role="alert" className={styles.error}>
      {error}
    </p>
  ) : (
    <p role="status" className={styles.note}>
      Confirming your payment…
    </p>
  )
}
