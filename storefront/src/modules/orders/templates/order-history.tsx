import Link from "next/link"
import type { HttpTypes } from "@medusajs/types"
import { formatMoney } from "@lib/util/money"
import { plural } from "@lib/util/plural"
import styles from "./orders.module.css"

export const orderDate = new Intl.DateTimeFormat("en-US", { dateStyle: "medium", timeZone: "UTC" })

/** The customer's orders, newest first, each leading to its receipt. */
export default function OrderHistory({ orders }: { orders: HttpTypes.StoreOrder[] }) {
  if (!orders.length) {
    return (
      <section className={styles.card} aria-labelledby="orders-title">
        <h2 id="orders-title">No orders yet</h2>
        <p>When you buy a track or an album, its receipt is kept here.</p>
        <Link href="/albums">Browse albums</Link>
      </section>
    )
  }
  return (
    <section className={styles.card} aria-labelledby="orders-title">
      <h2 id="orders-title">Your orders</h2>
      <table className={styles.table}>
        <caption className="visually-hidden">Your orders, newest first</caption>
        <thead>
          <tr>
            <th scope="col">Order</th>
            <th scope="col">Date</th>
            <th scope="col">Items</th>
            <th scope="col" className={styles.amount}>
              Total
            </th>
          </tr>
        </thead>
        <tbody>
          {orders.map((o) => (
            <tr key={o.id}>
              <th scope="row">
                <Link href={`/account/orders/${encodeURIComponent(o.id)}`}>
                  Order #{o.display_id}
                  <span className="visually-hidden">: receipt</span>
                </Link>
              </th>
              <td>
                <time dateTime={String(o.created_at)}>{orderDate.format(new Date(o.created_at as string))}</time>
              </td>
              <td>{plural(o.items?.length ?? 0, "item")}</td>
              <td className={styles.amount}>{formatMoney({ amount: Number(o.total ?? 0), currencyCode: o.currency_code })}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  )
}
