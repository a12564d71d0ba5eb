import Link from "next/link"
import type { HttpTypes } from "@medusajs/types"
import LineItems, { Totals, type Line } from "@modules/cart/components/line-items"
import { orderDate } from "./order-history"
import styles from "./orders.module.css"

const PAYMENT_STATUS: Record<string, string> = {
  captured: "Paid",
  authorized: "Paid",
  partially_captured: "Partly paid",
  refunded: "Refunded",
  partially_refunded: "Partly refunded",
  canceled: "Canceled",
  not_paid: "Not paid",
  awaiting: "Awaiting payment",
}

/** One order's receipt; right after checkout, with a thank-you and the way to the library. */
export default function OrderReceipt({ order, placed }: { order: HttpTypes.StoreOrder; placed: boolean }) {
  const status = order.status === "canceled" ? "Canceled" : PAYMENT_STATUS[order.payment_status] ?? order.payment_status
  return (
    <div className={styles.receipt}>
      {placed && (
        <section className={styles.thanks} aria-labelledby="thanks-title">
          <h2 id="thanks-title">Thank you, your order is placed</h2>
          <p>Your music is in your library now, ready to download and play in full. A receipt is on its way to {order.email}.</p>
          <Link href="/account/library" className={styles.primary}>
            Go to your library
          </Link>
        </section>
      )}
      <section className={styles.card} aria-labelledby="receipt-title">
        <h2 id="receipt-title">Receipt for order #{order.display_id}</h2>
        <dl className={styles.facts}>
          <dt>Date</dt>
          <dd>
            <time dateTime={String(order.created_at)}>{orderDate.format(new Date(order.created_at as string))}</time>
          </dd>
          <dt>Status</dt>
          <dd>{status}</dd>
          <dt>Sent to</dt>
          <dd>{order.email}</dd>
        </dl>
        <LineItems lines={(order.items ?? []) as unknown as Line[]} currencyCode={order.currency_code} caption={`Items of order ${order.display_id}`} />
        <Totals totals={order} currencyCode={order.currency_code} />
        <p className={styles.links}>
          <Link href="/account/library">Your library</Link>
          <Link href="/account/orders">All orders</Link>
        </p>
      </section>
    </div>
  )
}
