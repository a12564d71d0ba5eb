import { createHash } from "node:crypto"
import { Client } from "pg"

/**
 * Databases that one `npm test` run makes once and every test file then
 * starts from as a copy (CREATE DATABASE ... TEMPLATE, about a second)
 * instead of migrating Medusa's ~150 tables, or importing Chinook, again.
 *
 * scripts/test.mjs names the run in TEST_DB_TEMPLATES and drops the
 * templates when jest is done. Without it (jest run by hand) nothing is
 * shared: every file migrates its own database, as medusaIntegrationTestRunner does.
 *
 * A template is taken at the same point of a file's setup as the one that
 * uses it starts from, so each test file still sees the same database:
 * - "migrated": right after the migrations and the link sync, before the
 *   app first boots on it (what a fresh database looks like at that point);
 * - "chinook": right after the full Chinook import (data/seed/run.ts
 *   runImport) on such a database, for files that only read the catalogue.
 * Their names carry a hash of the modules, plugins and feature flags, so a
 * file that configures other modules gets a database of its own.
 */
export const TEMPLATE_PREFIX = process.env.TEST_DB_TEMPLATES || ""

/** What this test file's database was made from; one state per file (jest loads modules afresh per file). */
export const fileDatabase: {
  /** The database the runner uses for this file; set by the wrapped runner. */
  name?: string
  /** The file reads the imported Chinook catalogue and may start from a copy of it. */
  wantsChinook: boolean
  restoredFrom?: "migrated" | "chinook"
  migratedTemplate?: string
  chinookTemplate?: string
} = { wantsChinook: false }

/** TEST_DB_TEMPLATES_LOG=1 says on stderr what each file's database was made from. */
export function note(message: string) {
  if (process.env.TEST_DB_TEMPLATES_LOG) process.stderr.write(`[db templates] ${message}\n`)
}

function hash(value: unknown) {
  return createHash("sha256").update(JSON.stringify(value)).digest("hex").slice(0, 12)
}

/** What decides the migrated schema: which modules and providers, plugins and feature flags. */
export function migrationKey(config: any) {
  const modules = Object.entries(config.modules ?? {})
    .map(([key, m]: [string, any]) => [
      key,
      m && typeof m === "object"
        ? { resolve: m.resolve, disable: m.disable, providers: (m.options?.providers ?? []).map((p: any) => p?.resolve) }
        : m,
    ])
    .sort((a, b) => String(a[0]).localeCompare(String(b[0])))
  const plugins = (config.plugins ?? []).map((p: any) => (typeof p === "string" ? p : p?.resolve))
  return hash({ modules, plugins, flags: config.featureFlags ?? {} })
}

/** Imported data depends on all of the configuration (cover URLs carry the backend URL). */
export function dataKey(config: any) {
  return hash({ modules: config.modules, plugins: config.plugins, flags: config.featureFlags, admin: config.admin?.backendUrl })
}

async function withServer<T>(fn: (client: Client) => Promise<T>): Promise<T> {
  const client = new Client({
    host: process.env.DB_HOST || "localhost",
    port: Number(process.env.DB_PORT || 5432),
    user: process.env.DB_USERNAME || "postgres",
    password: process.env.DB_PASSWORD || undefined,
    database: process.env.DB_WAITINGROOM_DATABASE || "postgres",
  })
  await client.connect()
  try {
    return await fn(client)
  } finally {
    await client.end().catch(() => {})
  }
}

export async function templateExists(name: string) {
  return withServer(async (c) => (await c.query("SELECT 1 FROM pg_database WHERE datname = $1", [name])).rowCount === 1)
}

// The runner's own snapshot and restore (test-utils 2.21), which close the
// connections to the database for the copy; the app's pools reconnect.
const templates = require("@medusajs/test-utils/dist/medusa-test-runner-utils/postgres-template")

/** Replaces `database` with a copy of `template`. */
export async function restoreFrom(database: string, template: string) {
  const started = Date.now()
  await templates.restorePostgresDatabaseFromTemplate({ databaseName: database, templateName: template })
  note(`${database} copied from ${template} in ${Date.now() - started} ms`)
}

/** Saves `database` as `template`, unless another file of the run already did. */
export async function saveAs(database: string, template: string) {
  if (await templateExists(template)) return
  try {
    const started = Date.now()
    await templates.createPostgresDatabaseTemplate({ databaseName: database, templateName: template })
    note(`${database} saved as ${template} in ${Date.now() - started} ms`)
  } catch (e: any) {
    if (!(await templateExists(template))) throw e
  }
}

/**
 * Waits until nothing the import set off is still writing: workflow
 * executions done and no query running on the database for a moment
 * (subscribers run after the import returns).
 */
export async function settle(container: any, database: string) {
  const { waitWorkflowExecutions } = require("@medusajs/test-utils/dist/medusa-test-runner-utils/wait-workflow-executions")
  await waitWorkflowExecutions(container)
  await withServer(async (c) => {
    const deadline = Date.now() + 30_000
    let quiet = 0
    while (quiet < 3 && Date.now() < deadline) {
      const { rows } = await c.query(
        "SELECT count(*)::int AS n FROM pg_stat_activity WHERE datname = $1 AND state NOT IN ('idle') AND pid <> pg_backend_pid()",
        [database]
      )
      quiet = rows[0].n === 0 ? quiet + 1 : 0
      await new Promise((r) => setTimeout(r, 200))
    }
  })
}
