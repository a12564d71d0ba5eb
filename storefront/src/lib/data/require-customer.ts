import "server-only"
import { redirect } from "next/navigation"
import { type CurrentCustomer, getCurrentCustomer } from "./current-customer"

/** The logged-in customer; anyone else goes to sign in and comes back to `here` afterwards. */
export async function requireCustomer(here: string): Promise<CurrentCustomer> {
  const customer = await getCurrentCustomer()
  if (!customer) {
    redirect(`/account/login?${new URLSearchParams({ next: here })}`)
  }
  return customer
}

/** Sign-in and registration pages send a customer who is already in to their account. */
export async function redirectIfSignedIn(to = "/account") {
  if (await getCurrentCustomer()) {
    redirect(to)
  }
}
