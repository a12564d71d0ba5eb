import type { ReactNode } from "react"
import { cartVariantIds } from "@lib/data/cart-read"
import { CartContentsProvider } from "./cart-contents"

/** Hands the cart's variants to the client buttons of the page. */
export default async function CartContents({ children }: { children: ReactNode }) {
  return <CartContentsProvider variantIds={await cartVariantIds()}>{children}</CartContentsProvider>
}
