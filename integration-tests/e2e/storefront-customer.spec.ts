import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { separateSuites } from "../helpers/separate-suites"
import accountSuite from "./suites/account"
import buyAndOwnSuite from "./suites/buy-and-own"
import playlistsSuite from "./suites/playlists"
import supportSuite from "./suites/support"

jest.setTimeout(240_000)

// The storefront in Chromium, as a customer: the account, buying and owning, playlists and support.
medusaIntegrationTestRunner({
  inApp: true,
  testSuite: (runner) =>
    separateSuites(runner, {
      "account": accountSuite,
      "buy and own": buyAndOwnSuite,
      "playlists": playlistsSuite,
      "support": supportSuite,
    }),
})
