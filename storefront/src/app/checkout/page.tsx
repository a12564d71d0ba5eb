import type { Metadata } from "next"
import Link from "next/link"
import { readStoreConfig } from "@lib/config"
import { getCart } from "@lib/data/cart-read"
import { regionProviders, STRIPE_PROVIDER, stripePublishableKey, SYSTEM_PROVIDER } from "@lib/data/payment"
import { requireCustomer } from "@lib/data/require-customer"
import { firstParam, type SearchParamValue } from "@lib/util/search-params"
import Notice, { noticeStyles } from "@modules/common/components/notice"
import SetupNotice from "@modules/common/components/setup-notice"
import CheckoutView, { type PaymentChoice } from "@modules/checkout/templates/checkout-view"

export const metadata: Metadata = { title: "Checkout", robots: { index: false } }

type Props = { searchParams: Promise<Record<string, SearchParamValue>> }

export default async function CheckoutPage({ searchParams }: Props) {
  if (!readStoreConfig()) return <SetupNotice />
  const customer = await requireCustomer("/checkout")
  const cart = await getCart()
  if (!cart?.items?.length) {
    return (
      <Notice
        title="Your cart is empty"
        actions={
          <Link className={noticeStyles.button} href="/albums">
            Browse albums
          </Link>
        }
      >
        <p>Add a track or an album first. What you have bought is in your library.</p>
      </Notice>
    )
  }
  // Stripe when both halves are set up (the backend offers it, the storefront has its publishable key).
  const providers = cart.region_id ? await regionProviders(cart.region_id) : []
  const key = stripePublishableKey()
  const payment: PaymentChoice =
    key && providers.includes(STRIPE_PROVIDER)
      ? { kind: "stripe", publishableKey: key }
      : providers.includes(SYSTEM_PROVIDER)
        ? { kind: "system" }
        : { kind: "none" }
  const returned = firstParam((await searchParams).redirect_status) === "succeeded"
  return <CheckoutView cart={cart} customer={customer} payment={payment} returned={returned} />
}
