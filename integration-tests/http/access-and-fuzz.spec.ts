import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { separateSuites } from "../helpers/separate-suites"
import accessMatrixSuite from "./suites/access-matrix"
import fuzzSuite from "./suites/fuzz"

jest.setTimeout(300_000)

// Every route of ours against the wrong people and hostile input.
medusaIntegrationTestRunner({
  inApp: true,
  testSuite: (runner) =>
    separateSuites(runner, {
      "access matrix": accessMatrixSuite,
      "hostile input": fuzzSuite,
    }),
})
