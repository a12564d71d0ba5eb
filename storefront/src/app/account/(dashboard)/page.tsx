import type { Metadata } from "next"
import { requireCustomer } from "@lib/data/require-customer"
import { firstParam, type SearchParamValue } from "@lib/util/search-params"
import AccountOverview from "@modules/account/templates/account-overview"

export const metadata: Metadata = { title: "Your account", robots: { index: false } }

type Props = { searchParams: Promise<Record<string, SearchParamValue>> }

export default async function AccountPage({ searchParams }: Props) {
  const customer = await requireCustomer("/account")
  const reset = firstParam((await searchParams).reset)
  return <AccountOverview customer={customer} notice={reset ? "Your new password is saved and you are signed in." : undefined} />
}
