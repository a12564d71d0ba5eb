import Link from "next/link"
import type { CurrentCustomer } from "@lib/data/current-customer"
import { customerName } from "@lib/data/current-customer"
import { STATUS_TEXT, type SupportRequest } from "@lib/util/support"
import ForgetSentFlag from "../components/forget-sent-flag"
import SupportReplyForm from "../components/support-reply-form"
import styles from "../support.module.css"
import { supportDate } from "./support-list"

const Message = ({ author, who, at, body }: { author: "staff" | "customer"; who: string; at: string; body: string }) => (
  <li className={styles.message} data-author={author}>
    <header>
      <strong>{who}</strong>
      <span>{author === "staff" ? "Chinook Records" : "You"}</span>
      <time dateTime={at}>{supportDate.format(new Date(at))}</time>
    </header>
    <p className={styles.body}>{body}</p>
  </li>
)

/** A request: what it is about, the conversation, and a reply box. */
export default function SupportThread({ request, customer, sent }: { request: SupportRequest; customer: CurrentCustomer; sent?: boolean }) {
  const me = customerName(customer)
  return (
    <div className={styles.page}>
      <Link href="/account/support" className={styles.back}>
        <span aria-hidden="true">← </span>All your requests
      </Link>
      {sent && (
        <p role="status" className={styles.notice}>
          Your request is sent. We&rsquo;ll email you when your support rep answers.
          <ForgetSentFlag />
        </p>
      )}
      <section className={styles.section} aria-labelledby="request-title">
        <div className={styles.head}>
          <h2 id="request-title">{request.subject}</h2>
          <span className={styles.status} data-status={request.status}>
            {STATUS_TEXT[request.status]}
          </span>
        </div>
        <dl className={styles.facts}>
          <dt>Request</dt>
          <dd>#{request.number}</dd>
          <dt>Order</dt>
          <dd>
            {request.order ? (
              <Link href={`/account/orders/${encodeURIComponent(request.order.id)}`}>Order #{request.order.display_id}</Link>
            ) : (
              "Not about an order"
            )}
          </dd>
          <dt>Support rep</dt>
          <dd>{request.assignee?.name ?? "Our support team"}</dd>
        </dl>
      </section>
      <section className={styles.section} aria-labelledby="conversation-title">
        <h2 id="conversation-title" className="visually-hidden">
          Conversation
        </h2>
        <ol className={styles.thread} aria-label="Conversation">
          <Message author="customer" who={me} at={request.created_at} body={request.message} />
          {request.replies.map((r) => (
            <Message
              key={r.id}
              author={r.author_type}
              who={r.author_type === "customer" ? me : r.author_name ?? "Chinook Records support"}
              at={r.created_at}
              body={r.body}
            />
          ))}
        </ol>
      </section>
      <section className={styles.section} aria-labelledby="reply-title">
        <h2 id="reply-title">Reply</h2>
        <SupportReplyForm requestId={request.id} resolved={request.status === "resolved"} />
      </section>
    </div>
  )
}
