import "server-only"
import { cache } from "react"
import type { HttpTypes } from "@medusajs/types"
import { readStoreConfig } from "../config"
import { getSdk } from "../sdk"
import { getAuthHeaders } from "./cookies"

export type CurrentCustomer = Pick<HttpTypes.StoreCustomer, "id" | "email" | "first_name" | "last_name" | "phone">

/**
 * The logged-in customer, or null when nobody is (no cookie, an expired
 * token, or a backend that cannot be reached: the header must still render).
 * Once per request, however many components ask.
 */
export const getCurrentCustomer = cache(async (): Promise<CurrentCustomer | null> => {
  const auth = await getAuthHeaders()
  if (!auth || !readStoreConfig()) {
    return null
  }
  try {
    const { customer } = await getSdk().client.fetch<{ customer: CurrentCustomer }>("/store/customers/me", {
      method: "GET",
      query: { fields: "id,email,first_name,last_name,phone" },
      headers: auth,
      cache: "no-store",
    })
    return customer
  } catch {
    return null
  }
})

/** What the header and greetings call the customer. */
export function customerName(customer: CurrentCustomer): string {
  return [customer.first_name, customer.last_name].filter(Boolean).join(" ") || customer.email
}
