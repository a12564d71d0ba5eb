"use client"

import { useEffect, useMemo, useState, useTransition, type FormEvent } from "react"
import { Elements, PaymentElement, useElements, useStripe } from "@stripe/react-stripe-js"
import { loadStripe } from "@stripe/stripe-js"
import { placeOrder, preparePayment } from "@lib/data/cart"
import styles from "./payment.module.css"

const STRIPE_PROVIDER = "pp_stripe_stripe"

/**
 * Card (and other Stripe) payment: the cart's Stripe session gives the
 * client secret of its PaymentIntent, Stripe's Payment Element collects the
 * details in its own frame, and once Stripe confirms the payment the cart is
 * completed into an order (the backend checks the PaymentIntent again).
 */
export default function StripePayment({ publishableKey, total }: { publishableKey: string; total: string }) {
  const stripePromise = useMemo(() => loadStripe(publishableKey), [publishableKey])
  const [clientSecret, setClientSecret] = useState<string | null>(null)
  const [error, setError] = useState<string | null>(null)

  useEffect(() => {
    let live = true
    preparePayment(STRIPE_PROVIDER).then((answer) => {
      if (!live) return
      if (answer.clientSecret) setClientSecret(answer.clientSecret)
      else setError(answer.error ?? "Card payment can't be started right now. Try again in a moment.")
    })
    return () => {
      live = false
    }
  }, [])

  if (error) {
    return (
      <p role="alert" className={styles.error}>
        {error}
      </p>
    )
  }
  if (!clientSecret) {
    return (
      <p role="status" className={styles.note}>
        Loading the payment form…
      </p>
    )
  }
  return (
    <Elements
      stripe={stripePromise}
      options={{
        clientSecret,
        appearance: {
          theme: "stripe",
          variables: { colorPrimary: "#16141d", colorDanger: "#b23a27", borderRadius: "6px", fontFamily: "Inter, system-ui, sans-serif" },
        },
      }}
    >
      <StripeForm total={total} />
    </Elements>
  )
}

function StripeForm({ total }: { total: string }) {
  const stripe = useStripe()
  const elements = useElements()
  const [error, setError] = useState<string | null>(null)
  const [busy, setBusy] = useState(false)
  const [, startTransition] = useTransition()

  async function submit(e: FormEvent) {
    e.preventDefault()
    if (!stripe || !elements) return
    setBusy(true)
    setError(null)
    const { error: invalid } = await elements.submit()
    if (invalid) {
      setError(invalid.message ?? "Check your payment details.")
      setBusy(false)
      return
    }
    // Methods that leave the page (bank redirects) come back to the checkout, which finishes the order.
    const { error: refused } = await stripe.confirmPayment({
      elements,
      redirect: "if_required",
      confirmParams: { return_url: `${window.location.origin}/checkout` },
    })
    if (refused) {
      setError(refused.message ?? "Your payment was not accepted. Nothing was charged.")
      setBusy(false)
      return
    }
    startTransition(async () => {
      const answer = await placeOrder({})
      if (answer?.error) {
        setError(answer.error)
        setBusy(false)
      }
    })
  }

  return (
    <form onSubmit={submit} className={styles.form}>
      <PaymentElement options={{ layout: "tabs" }} />
      <p role="alert" className={error ? styles.error : styles.empty}>
        {error}
      </p>
      <button type="submit" className={styles.submit} disabled={!stripe || busy}>
        {busy ? "Paying…" : `Pay ${total}`}
      </button>
    </form>
  )
}
