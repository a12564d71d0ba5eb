import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { separateSuites } from "../helpers/separate-suites"
import chinookImportSuite from "./suites/chinook-import"
import chinookReimportSuite from "./suites/chinook-reimport"

jest.setTimeout(600_000)

// The Chinook import: the whole dataset once (the later files that read the
// catalogue start from a copy of it), then re-runs over a slice of it.
medusaIntegrationTestRunner({
  inApp: true,
  testSuite: (runner) =>
    separateSuites(runner, {
      "the whole dataset": chinookImportSuite,
      "re-runs over a slice": chinookReimportSuite,
    }),
})
