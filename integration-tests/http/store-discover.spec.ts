import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { startFromImportedChinook } from "../helpers/chinook"
import { separateSuites } from "../helpers/separate-suites"
import storeDiscoverSuite from "./suites/store-discover"
import storeSearchSuite from "./suites/store-search"

jest.setTimeout(900_000)

// Discovery over the whole imported Chinook catalogue: search, track lists, charts, related albums and previews.
startFromImportedChinook()
medusaIntegrationTestRunner({
  inApp: true,
  testSuite: (runner) =>
    separateSuites(runner, {
      "discover": storeDiscoverSuite,
      "search": storeSearchSuite,
    }),
})
