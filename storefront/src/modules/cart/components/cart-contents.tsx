"use client"

import { createContext, useContext, type ReactNode } from "react"

const InCartContext = createContext<ReadonlySet<string>>(new Set())

/** The variants in the visitor's cart, read once per page on the server, for every "Add to cart" button below. */
export function CartContentsProvider({ variantIds, children }: { variantIds: string[]; children: ReactNode }) {
  return <InCartContext.Provider value={new Set(variantIds)}>{children}</InCartContext.Provider>
}

export function useInCart(variantId: string | null | undefined): boolean {
  const ids = useContext(InCartContext)
  return !!variantId && ids.has(variantId)
}
