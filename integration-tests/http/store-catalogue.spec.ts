import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { separateSuites } from "../helpers/separate-suites"
import storeMusicSuite from "./suites/store-music"
import storeSafetySuite from "./suites/store-safety"
import storePreviewSuite from "./suites/store-preview"

jest.setTimeout(180_000)

// The store's catalogue routes: browsing, what the store may show, and previews.
medusaIntegrationTestRunner({
  inApp: true,
  testSuite: (runner) =>
    separateSuites(runner, {
      "browsing": storeMusicSuite,
      "what the store shows": storeSafetySuite,
      "previews": storePreviewSuite,
    }),
})
