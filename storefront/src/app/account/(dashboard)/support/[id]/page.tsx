import type { Metadata } from "next"
import { notFound } from "next/navigation"
import { requireCustomer } from "@lib/data/require-customer"
import { getSupportRequest } from "@lib/data/support"
import { firstParam, type SearchParamValue } from "@lib/util/search-params"
import SupportThread from "@modules/support/templates/support-thread"

export const metadata: Metadata = { title: "Support request", robots: { index: false } }

type Props = { params: Promise<{ id: string }>; searchParams: Promise<Record<string, SearchParamValue>> }

export default async function SupportRequestPage({ params, searchParams }: Props) {
  const { id } = await params
  const customer = await requireCustomer(`/account/support/${encodeURIComponent(id)}`)
  const request = await getSupportRequest(id)
  if (!request) notFound()
  return <SupportThread request={request} customer={customer} sent={firstParam((await searchParams).sent) === "1"} />
}
