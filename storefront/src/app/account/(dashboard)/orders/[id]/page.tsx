import type { Metadata } from "next"
import { notFound } from "next/navigation"
import { getOrder } from "@lib/data/orders"
import { requireCustomer } from "@lib/data/require-customer"
import { firstParam, type SearchParamValue } from "@lib/util/search-params"
import OrderReceipt from "@modules/orders/templates/order-receipt"

export const metadata: Metadata = { title: "Receipt", robots: { index: false } }

type Props = { params: Promise<{ id: string }>; searchParams: Promise<Record<string, SearchParamValue>> }

export default async function OrderPage({ params, searchParams }: Props) {
  const { id } = await params
  await requireCustomer(`/account/orders/${encodeURIComponent(id)}`)
  const order = await getOrder(id)
  if (!order) notFound()
  return <OrderReceipt order={order} placed={firstParam((await searchParams).placed) === "1"} />
}
