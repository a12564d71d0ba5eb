import Link from "next/link"
import type { HttpTypes } from "@medusajs/types"
import PageIntro from "@modules/common/components/page-intro"
import LineItems, { Totals, type Line } from "../components/line-items"
import RemoveLineButton from "../components/remove-line-button"
import styles from "./cart-view.module.css"

const nameOf = (line: Line) => (line.variant_title === "Full album" ? `the album ${line.product_title}` : `${line.variant_title}`)

/** The cart: its lines with a way to remove each, the totals, and the way to checkout. */
export default function CartView({ cart, signedIn }: { cart: HttpTypes.StoreCart | null; signedIn: boolean }) {
  const lines = (cart?.items ?? []) as unknown as Line[]
  if (!cart || !lines.length) {
    return (
      <div className="container">
        <PageIntro title="Your cart">
          <p>Your cart is empty. Add a track from any list, or a whole album from its page.</p>
        </PageIntro>
        <Link href="/albums" className={styles.primary}>
          Browse albums
        </Link>
      </div>
    )
  }
  // In the order they were added.
  const sorted = [...lines].sort((a, b) => String((a as { created_at?: string }).created_at ?? "").localeCompare(String((b as { created_at?: string }).created_at ?? "")))
  return (
    <div className="container">
      <PageIntro title="Your cart">
        <p>Downloads and streaming in your library as soon as you pay; nothing is shipped.</p>
      </PageIntro>
      <div className={styles.layout}>
        <section aria-labelledby="cart-items">
          <h2 id="cart-items" className="visually-hidden">
            Items
          </h2>
          <LineItems
            lines={sorted}
            currencyCode={cart.currency_code}
            caption="Items in your cart"
            action={(line) => <RemoveLineButton lineId={line.id} name={nameOf(line)} />}
          />
        </section>
        <section className={styles.summary} aria-labelledby="cart-summary">
          <h2 id="cart-summary" className={styles.summaryTitle}>
            Summary
          </h2>
          <Totals totals={cart} currencyCode={cart.currency_code} />
          <Link href="/checkout" className={styles.primary}>
            {signedIn ? "Go to checkout" : "Sign in to check out"}
          </Link>
          {!signedIn && <p className={styles.hint}>Your purchases go into your account&apos;s library, so checkout needs you signed in. Your cart comes with you.</p>}
        </section>
      </div>
    </div>
  )
}
