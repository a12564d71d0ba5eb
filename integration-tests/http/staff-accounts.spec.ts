import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { separateSuites } from "../helpers/separate-suites"
import staffIdentitySuite from "./suites/staff-identity"
import adminEmployeeDeleteSuite from "./suites/admin-employee-delete"
import linksSuite from "./suites/links"

jest.setTimeout(180_000)

// Staff logins and employees: identities kept apart from customers', deleting an employee, and the links behind them.
medusaIntegrationTestRunner({
  inApp: true,
  testSuite: (runner) =>
    separateSuites(runner, {
      "staff and customer logins": staffIdentitySuite,
      "deleting an employee": adminEmployeeDeleteSuite,
      "module links": linksSuite,
    }),
})
