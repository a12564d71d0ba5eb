import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { separateSuites } from "../helpers/separate-suites"
import auditLogSuite from "./suites/audit-log"
import auditLogMedusaRoutesSuite from "./suites/audit-log-medusa-routes"

jest.setTimeout(180_000)

// The audit trail: staff changes made through our routes, then through Medusa's own.
medusaIntegrationTestRunner({
  inApp: true,
  testSuite: (runner) =>
    separateSuites(runner, {
      "through our admin routes": auditLogSuite,
      "through Medusa's admin routes": auditLogMedusaRoutesSuite,
    }),
})
