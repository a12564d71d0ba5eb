import { randomBytes } from "node:crypto"
import type { MedusaSuiteOptions } from "@medusajs/test-utils"
import { TEMPLATE_PREFIX } from "./database-templates"

/**
 * Several suites in one booted app, each as if it had a file of its own.
 *
 * Booting Medusa costs a test file 10–15 s (most of it loading the framework
 * into jest's module registry), so suites that can share an app do.
 * Medusa's runner snapshots the database after the file's `beforeAll` hooks
 * and restores that snapshot before every test; a suite declared here gets
 * the same, with its own setup:
 * - it starts from the database as the app booted it, whatever the suites
 *   before it left;
 * - its `beforeAll` hooks run, then the database is snapshotted again, and
 *   each of its tests starts from that.
 * A suite's setup must therefore sit in its top-level `beforeAll` (as in a
 * file of its own). What lives in memory (the app's caches, module state)
 * carries over, as it already does from one test to the next.
 */
export function separateSuites(runner: MedusaSuiteOptions, suites: Record<string, (runner: MedusaSuiteOptions) => void>) {
  // Dropped once the last suite has restored it; under `npm test` it carries
  // the run's template prefix, so the run drops it even when a filter (-t)
  // leaves the last suite out.
  const booted = TEMPLATE_PREFIX ? `${TEMPLATE_PREFIX}-b-${randomBytes(6).toString("hex")}` : `${runner.dbConfig.dbName}-booted`
  const dbUtils = runner.dbUtils as MedusaSuiteOptions["dbUtils"] & { dropTemplate: (name: string) => Promise<void> }
  const entries = Object.entries(suites)

  beforeAll(async () => {
    await dbUtils.snapshot({ templateName: booted })
  })

  for (const [i, [name, suite]] of entries.entries()) {
    describe(name, () => {
      beforeAll(async () => {
        if (i > 0) await dbUtils.restore({ templateName: booted })
        if (i === entries.length - 1) await dbUtils.dropTemplate(booted)
      })
      suite(runner)
      // Registered after the suite's own hooks, so it runs after them.
      beforeAll(async () => {
        await dbUtils.snapshot()
      })
    })
  }
}
