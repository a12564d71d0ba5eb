import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { separateSuites } from "../helpers/separate-suites"
import customerPlaylistsSuite from "./suites/customer-playlists"
import supportSuite from "./suites/support"

jest.setTimeout(180_000)

// What customers keep and ask for: their playlists and support requests.
medusaIntegrationTestRunner({
  inApp: true,
  testSuite: (runner) =>
    separateSuites(runner, {
      "playlists": customerPlaylistsSuite,
      "support requests": supportSuite,
    }),
})
