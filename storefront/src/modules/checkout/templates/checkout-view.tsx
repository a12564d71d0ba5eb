import Link from "next/link"
import type { HttpTypes } from "@medusajs/types"
import type { CurrentCustomer } from "@lib/data/current-customer"
import { formatMoney } from "@lib/util/money"
import PageIntro from "@modules/common/components/page-intro"
import LineItems, { Totals, type Line } from "@modules/cart/components/line-items"
import FinishRedirectedPayment from "../components/finish-redirected-payment"
import StripePayment from "../components/stripe-payment"
import SystemPayment from "../components/system-payment"
import styles from "./checkout-view.module.css"

export type PaymentChoice = { kind: "stripe"; publishableKey: string } | { kind: "system" } | { kind: "none" }

type Props = {
  cart: HttpTypes.StoreCart
  customer: CurrentCustomer
  payment: PaymentChoice
  /** Back from a payment page (a bank redirect) that Stripe says succeeded. */
  returned: boolean
}

/**
 * One page, no shipping step: who is buying, how they pay, and what. The
 * music lands in their library; the email gets the receipt.
 */
export default function CheckoutView({ cart, customer, payment, returned }: Props) {
  const total = formatMoney({ amount: Number(cart.total ?? 0), currencyCode: cart.currency_code })
  return (
    <div className="container">
      <PageIntro eyebrow="Checkout" title="Pay and download">
        <p>
          Everything you buy goes into your library at once, to download and stream. Your receipt goes to{" "}
          <strong>{cart.email || customer.email}</strong>.
        </p>
      </PageIntro>
      <div className={styles.layout}>
        <section className={styles.card} aria-labelledby="payment-title">
          <h2 id="payment-title" className={styles.cardTitle}>
            Payment
          </h2>
          {returned ? (
            <FinishRedirectedPayment />
          ) : payment.kind === "stripe" ? (
            <StripePayment publishableKey={payment.publishableKey} total={total} />
          ) : payment.kind === "system" ? (
            <SystemPayment total={total} />
          ) : (
            <p role="alert" className={styles.problem}>
              The store can&apos;t take payments right now. Your cart is kept; please try again later.
            </p>
          )}
        </section>
        <section className={styles.card} aria-labelledby="summary-title">
          <h2 id="summary-title" className={styles.cardTitle}>
            Your order
          </h2>
          <LineItems lines={(cart.items ?? []) as unknown as Line[]} currencyCode={cart.currency_code} caption="Items in your order" />
          <Totals totals={cart} currencyCode={cart.currency_code} />
          <Link href="/cart" className={styles.edit}>
            Change your cart
          </Link>
        </section>
      </div>
    </div>
  )
}
