import type { Metadata } from "next"
import Link from "next/link"
import { requireCustomer } from "@lib/data/require-customer"
import { listOrderChoices } from "@lib/data/support"
import { formatMoney } from "@lib/util/money"
import { firstParam, type SearchParamValue } from "@lib/util/search-params"
import SupportRequestForm from "@modules/support/components/support-request-form"
import formStyles from "@modules/account/components/account-form.module.css"
import styles from "@modules/support/support.module.css"

export const metadata: Metadata = { title: "New support request", robots: { index: false } }

const orderDate = new Intl.DateTimeFormat("en-US", { dateStyle: "medium", timeZone: "UTC" })

type Props = { searchParams: Promise<Record<string, SearchParamValue>> }

/** Opens a request; `?order=ID` chooses that order (from a receipt's link). */
export default async function NewSupportRequestPage({ searchParams }: Props) {
  await requireCustomer("/account/support/new")
  const orders = await listOrderChoices()
  const options = orders.map((o) => ({
    id: o.id,
    label: `Order #${o.display_id} · ${orderDate.format(new Date(o.created_at as string))} · ${formatMoney({ amount: Number(o.total ?? 0), currencyCode: o.currency_code })}`,
  }))
  const wanted = firstParam((await searchParams).order)
  const orderId = options.some((o) => o.id === wanted) ? wanted : undefined
  return (
    <div className={styles.page}>
      <Link href="/account/support" className={styles.back}>
        <span aria-hidden="true">← </span>All your requests
      </Link>
      <section className={formStyles.panel} aria-labelledby="new-request-title" style={{ marginTop: 0, maxWidth: "40rem" }}>
        <h2 id="new-request-title" className={formStyles.title}>
          New support request
        </h2>
        <p className={formStyles.lead}>Your support rep reads it and answers by email and on this page.</p>
        <SupportRequestForm orders={options} orderId={orderId} />
      </section>
    </div>
  )
}
