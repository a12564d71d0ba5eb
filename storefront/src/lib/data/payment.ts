import "server-only"
import { getSdk } from "../sdk"
import { getAuthHeaders } from "./cookies"

export const SYSTEM_PROVIDER = "pp_system_default"
export const STRIPE_PROVIDER = "pp_stripe_stripe"

/** The payment providers the cart's region offers (the backend decides at each start which are configured). */
export async function regionProviders(regionId: string): Promise<string[]> {
  const { payment_providers } = await getSdk().client.fetch<{ payment_providers: { id: string }[] }>("/store/payment-providers", {
    method: "GET",
    query: { region_id: regionId, fields: "id" },
    headers: (await getAuthHeaders()) ?? {},
    cache: "no-store",
  })
  return payment_providers.map((p) => p.id)
}

/**
 * Stripe's publishable key, read from the server's environment at request
 * time (not inlined at build) and handed to the payment form; null when
 * unset, and then the store takes the system provider.
 */
export function stripePublishableKey(): string | null {
  const env = process.env
  return env.NEXT_PUBLIC_STRIPE_KEY?.trim() || null
}
