import { offeredPaymentProviders } from "../payment-providers"

describe("offeredPaymentProviders", () => {
  it("offers the system and Stripe card providers, not Stripe's per-method ones", () => {
    expect(
      offeredPaymentProviders(["pp_system_default", "pp_stripe-ideal_stripe", "pp_stripe_stripe", "pp_stripe-blik_stripe"])
    ).toEqual(["pp_stripe_stripe", "pp_system_default"])
  })

  it("keeps a store without Stripe on the system provider", () => {
    expect(offeredPaymentProviders(["pp_system_default"])).toEqual(["pp_system_default"])
  })
})
