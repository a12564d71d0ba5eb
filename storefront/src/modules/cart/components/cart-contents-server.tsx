import type { ReactNode } from "react"
import { cartVariantIds } from "@lib/data/cart-read"
import { ownedVariantIds } from "@lib/data/library"
import { CartContentsProvider } from "./cart-contents"

/** Hands the cart's variants and the visitor's owned ones to the client buttons of the page. */
export default async function CartContents({ children }: { children: ReactNode }) {
  const [inCart, owned] = await Promise.all([cartVariantIds(), ownedVariantIds()])
  return (
    <CartContentsProvider variantIds={inCart} ownedVariantIds={owned}>
      {children}
    </CartContentsProvider>
  )
}
