import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { startFromImportedChinook } from "../helpers/chinook"
import { separateSuites } from "../helpers/separate-suites"
import adminCustomersEmployeesSuite from "./suites/admin-customers-employees"
import salesReportsSuite from "./suites/sales-reports"

jest.setTimeout(600_000)

// Staff views over the imported Chinook history: employees and their customers, and sales reports.
startFromImportedChinook()
medusaIntegrationTestRunner({
  inApp: true,
  testSuite: (runner) =>
    separateSuites(runner, {
      "employees and customers": adminCustomersEmployeesSuite,
      "sales reports": salesReportsSuite,
    }),
})
