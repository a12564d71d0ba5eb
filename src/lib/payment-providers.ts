/**
 * Which of the enabled payment providers the store's region offers.
 * Medusa's Stripe module registers, besides its card provider
 * (pp_stripe_stripe, the one behind the Payment Element), one provider per
 * local method (pp_stripe-ideal_stripe, -bancontact, -blik, ...), each tied
 * to other currencies than the store's USD: those stay off the region.
 */
export function offeredPaymentProviders(enabled: string[]): string[] {
  return enabled.filter((id) => !id.startsWith("pp_stripe-")).sort()
}
