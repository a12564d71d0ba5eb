import type { Metadata } from "next"
import { listOrders } from "@lib/data/orders"
import { requireCustomer } from "@lib/data/require-customer"
import { parsePage, type SearchParamValue } from "@lib/util/search-params"
import Pagination from "@modules/common/components/pagination"
import OrderHistory from "@modules/orders/templates/order-history"

export const metadata: Metadata = { title: "Your orders", robots: { index: false } }

const PAGE_SIZE = 20

type Props = { searchParams: Promise<Record<string, SearchParamValue>> }

export default async function OrdersPage({ searchParams }: Props) {
  await requireCustomer("/account/orders")
  const page = parsePage((await searchParams).page)
  const { orders, count } = await listOrders({ limit: PAGE_SIZE, offset: (page - 1) * PAGE_SIZE })
  return (
    <>
      <OrderHistory orders={orders} />
      <Pagination page={page} pageCount={Math.max(1, Math.ceil(count / PAGE_SIZE))} hrefFor={(p) => `/account/orders?page=${p}`} />
    </>
  )
}
