// What HTTP and browser test files get for `@medusajs/test-utils` (jest.config.js
// moduleNameMapper): the real package, with a medusaIntegrationTestRunner that
// starts each file from a copy of a database migrated once per `npm test` run
// instead of migrating its own (see database-templates.ts). The runner, its
// hooks, per-test restore and cleanup are test-utils' own; only the migrations
// are replaced by the copy.
const { randomBytes } = require("node:crypto")
const real = require("@medusajs/test-utils/dist/index.js")
const useDb = require("@medusajs/test-utils/dist/medusa-test-runner-utils/use-db")
const {
  TEMPLATE_PREFIX,
  fileDatabase,
  migrationKey,
  dataKey,
  templateExists,
  restoreFrom,
  saveAs,
} = require("./database-templates")

function startFromTemplates() {
  const migrate = useDb.migrateDatabase
  const syncLinks = useDb.syncLinks

  // The runner has just created this file's empty database and loaded the
  // configuration: start from the catalogue or the migrated schema when an
  // earlier file of the run left one for this configuration.
  useDb.migrateDatabase = async (appLoader) => {
    const { configManager } = require("@medusajs/framework/config")
    const config = configManager.config
    fileDatabase.migratedTemplate = `${TEMPLATE_PREFIX}-m-${migrationKey(config)}`
    fileDatabase.chinookTemplate = `${TEMPLATE_PREFIX}-c-${dataKey(config)}`
    for (const [kind, template] of [
      ["chinook", fileDatabase.wantsChinook && fileDatabase.chinookTemplate],
      ["migrated", fileDatabase.migratedTemplate],
    ]) {
      if (template && (await templateExists(template))) {
        await restoreFrom(fileDatabase.name, template)
        fileDatabase.restoredFrom = kind
        return
      }
    }
    return migrate(appLoader)
  }

  // Still run on a copy: it also loads the app's link definitions (src/links),
  // and finds nothing to change in the database.
  useDb.syncLinks = async (...args) => {
    await syncLinks(...args)
    if (fileDatabase.restoredFrom) return
    // Migrated and links synced, the app not yet booted on it.
    await saveAs(fileDatabase.name, fileDatabase.migratedTemplate)
  }
}

function medusaIntegrationTestRunner(options) {
  // Files that choose their own database, schema or config, or run a second
  // runner, keep the runner as it is.
  const own =
    options.dbName || (options.schema && options.schema !== "public") || options.medusaConfigFile || options.cwd || fileDatabase.name
  if (!TEMPLATE_PREFIX || own || typeof useDb.migrateDatabase !== "function" || typeof useDb.syncLinks !== "function") {
    return real.medusaIntegrationTestRunner(options)
  }
  fileDatabase.name = `medusa-${randomBytes(8).toString("hex")}-integration`
  startFromTemplates()
  return real.medusaIntegrationTestRunner({ ...options, dbName: fileDatabase.name })
}

module.exports = { ...real, medusaIntegrationTestRunner }
