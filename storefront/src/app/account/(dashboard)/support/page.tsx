import type { Metadata } from "next"
import { requireCustomer } from "@lib/data/require-customer"
import { listSupportRequests } from "@lib/data/support"
import { parsePage, type SearchParamValue } from "@lib/util/search-params"
import Pagination from "@modules/common/components/pagination"
import SupportList from "@modules/support/templates/support-list"

export const metadata: Metadata = { title: "Support", robots: { index: false } }

const PAGE_SIZE = 20

type Props = { searchParams: Promise<Record<string, SearchParamValue>> }

export default async function SupportPage({ searchParams }: Props) {
  await requireCustomer("/account/support")
  const page = parsePage((await searchParams).page)
  const { support_requests, count } = await listSupportRequests({ limit: PAGE_SIZE, offset: (page - 1) * PAGE_SIZE })
  return (
    <>
      <SupportList requests={support_requests} />
      <Pagination page={page} pageCount={Math.max(1, Math.ceil(count / PAGE_SIZE))} hrefFor={(p) => `/account/support?page=${p}`} />
    </>
  )
}
