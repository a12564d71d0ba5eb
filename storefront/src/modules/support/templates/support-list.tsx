import Link from "next/link"
import { plural } from "@lib/util/plural"
import { STATUS_TEXT, type SupportRequestSummary } from "@lib/util/support"
import styles from "../support.module.css"

export const supportDate = new Intl.DateTimeFormat("en-US", { dateStyle: "medium", timeStyle: "short", timeZone: "UTC" })

/** The customer's support requests, latest activity first, each leading to its thread. */
export default function SupportList({ requests }: { requests: SupportRequestSummary[] }) {
  return (
    <section className={styles.section} aria-labelledby="support-title">
      <div className={styles.head}>
        <h2 id="support-title">Support</h2>
        <Link href="/account/support/new" className={styles.primary}>
          New request
        </Link>
      </div>
      {!requests.length ? (
        <p className={styles.lead}>
          A question about an order, a download that will not finish, anything else? Open a request and your support rep answers by
          email and here.
        </p>
      ) : (
        <ul className={styles.list} aria-label="Your support requests">
          {requests.map((r) => (
            <li key={r.id} className={styles.item}>
              <Link href={`/account/support/${encodeURIComponent(r.id)}`}>{r.subject}</Link>
              <span className={styles.status} data-status={r.status}>
                {STATUS_TEXT[r.status]}
              </span>
              <p className={styles.meta}>
                #{r.number}
                {r.order ? ` · Order #${r.order.display_id}` : ""} · {plural(r.reply_count, "reply", "replies")} · last message{" "}
                <time dateTime={r.last_message_at}>{supportDate.format(new Date(r.last_message_at))}</time>
              </p>
            </li>
          ))}
        </ul>
      )}
    </section>
  )
}
