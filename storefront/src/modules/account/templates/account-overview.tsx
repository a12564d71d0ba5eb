import Link from "next/link"
import { type CurrentCustomer, customerName } from "@lib/data/current-customer"
import styles from "./account-overview.module.css"

export default function AccountOverview({ customer, notice }: { customer: CurrentCustomer; notice?: string }) {
  return (
    <div className={styles.overview}>
      {notice && (
        <p role="status" className={styles.notice}>
          {notice}
        </p>
      )}
      <section className={styles.card} aria-labelledby="details-title">
        <h2 id="details-title">Your details</h2>
        <dl>
          <dt>Name</dt>
          <dd>{customerName(customer)}</dd>
          <dt>Email</dt>
          <dd>{customer.email}</dd>
          <dt>Phone</dt>
          <dd>{customer.phone || "Not given"}</dd>
        </dl>
        <Link href="/account/profile">Edit your profile</Link>
      </section>
      <section className={styles.card} aria-labelledby="music-title">
        <h2 id="music-title">Your music</h2>
        <p>Everything you bought, to download and play in full, and the receipts of your orders.</p>
        <Link href="/account/library">Open your library</Link>
        <Link href="/account/orders">Your orders</Link>
      </section>
      <section className={styles.card} aria-labelledby="browse-title">
        <h2 id="browse-title">Find something to listen to</h2>
        <p>New albums, best sellers and playlists picked by our staff.</p>
        <Link href="/albums">Browse albums</Link>
      </section>
    </div>
  )
}
