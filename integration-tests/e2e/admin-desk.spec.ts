import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { separateSuites } from "../helpers/separate-suites"
import adminAlbumUploadSuite from "./suites/admin-album-upload"
import adminAuditLogSuite from "./suites/admin-audit-log"
import adminStaffActionsSuite from "./suites/admin-staff-actions"

jest.setTimeout(600_000)

// The extended admin in Chromium: an album from uploaded files, the audit log and staff actions.
medusaIntegrationTestRunner({
  inApp: true,
  testSuite: (runner) =>
    separateSuites(runner, {
      "album upload": adminAlbumUploadSuite,
      "audit log": adminAuditLogSuite,
      "staff actions": adminStaffActionsSuite,
    }),
})
