import type { Metadata } from "next"
import { readStoreConfig } from "@lib/config"
import { getCart } from "@lib/data/cart-read"
import { getCurrentCustomer } from "@lib/data/current-customer"
import SetupNotice from "@modules/common/components/setup-notice"
import CartView from "@modules/cart/templates/cart-view"

export const metadata: Metadata = { title: "Your cart", robots: { index: false } }

export default async function CartPage() {
  if (!readStoreConfig()) return <SetupNotice />
  const [cart, customer] = await Promise.all([getCart(), getCurrentCustomer()])
  return <CartView cart={cart} signedIn={!!customer} />
}
