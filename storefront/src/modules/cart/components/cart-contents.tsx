"use client"

import { createContext, useContext, type ReactNode } from "react"

const InCartContext = createContext<ReadonlySet<string>>(new Set())
const OwnedContext = createContext<ReadonlySet<string>>(new Set())

/**
 * The variants in the visitor's cart and those selling what they already own,
 * read once per page on the server, for every "Add to cart" button below.
 */
export function CartContentsProvider({
  variantIds,
  ownedVariantIds,
  children,
}: {
  variantIds: string[]
  ownedVariantIds: string[]
  children: ReactNode
}) {
  return (
    <OwnedContext.Provider value={new Set(ownedVariantIds)}>
      <InCartContext.Provider value={new Set(variantIds)}>{children}</InCartContext.Provider>
    </OwnedContext.Provider>
  )
}

export function useOwned(variantId: string | null | undefined): boolean {
  const ids = useContext(OwnedContext)
  return !!variantId && ids.has(variantId)
}

export function useInCart(variantId: string | null | undefined): boolean {
  const ids = useContext(InCartContext)
  return !!variantId && ids.has(variantId)
}
