import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { separateSuites } from "../helpers/separate-suites"
import albumPurchaseSuite from "./suites/album-purchase"
import cartQuantitySuite from "./suites/cart-quantity"
import cartOwnershipSuite from "./suites/cart-ownership"
import ownershipSuite from "./suites/ownership"
import customerEmailsSuite from "./suites/customer-emails"

jest.setTimeout(180_000)

// Buying music: albums and tracks in the cart, what an order grants, and the emails that follow.
medusaIntegrationTestRunner({
  inApp: true,
  testSuite: (runner) =>
    separateSuites(runner, {
      "album purchase": albumPurchaseSuite,
      "cart quantities": cartQuantitySuite,
      "carts and what the customer owns": cartOwnershipSuite,
      "ownership from orders": ownershipSuite,
      "customer emails": customerEmailsSuite,
    }),
})
