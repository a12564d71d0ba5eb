import type { ReactNode } from "react"
import { readStoreConfig } from "@lib/config"
import { customerName, getCurrentCustomer } from "@lib/data/current-customer"
import SetupNotice from "@modules/common/components/setup-notice"
import PageIntro from "@modules/common/components/page-intro"
import AccountNav from "@modules/account/components/account-nav"

/** Every page of a signed-in customer's account; each page sends visitors to sign in itself, to come back to it. */
export default async function AccountLayout({ children }: { children: ReactNode }) {
  if (!readStoreConfig()) {
    return <SetupNotice />
  }
  const customer = await getCurrentCustomer()
  if (!customer) {
    return children
  }
  return (
    <div className="container">
      <PageIntro eyebrow="Your account" title={`Hello, ${customer.first_name || customerName(customer)}`} />
      <AccountNav />
      {children}
    </div>
  )
}
