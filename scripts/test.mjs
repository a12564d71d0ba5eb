// `npm test`: the whole suite (unit, module, HTTP integration, storefront
// end-to-end and cluster tests) against a real PostgreSQL. The cluster tests
// (integration-tests/cluster) also need CLUSTER_REDIS_URL, else they are skipped. Without DB_HOST it starts a
// throw-away embedded server; with DB_HOST (and DB_PORT, DB_USERNAME,
// DB_PASSWORD) it uses that one. Extra arguments go to jest.
// The Chinook data is found as `npm start` finds it (CHINOOK_DATA, else the
// cache in .cache/chinook/, else the pinned download) and handed to the
// tests as CHINOOK_DATA.
import { randomBytes } from "node:crypto"
import fs from "node:fs"
import os from "node:os"
import path from "node:path"
import { fileURLToPath } from "node:url"
import { exec } from "./lib/exec.mjs"
import { EMBEDDED_PASSWORD, EMBEDDED_USER, startEmbeddedPostgres } from "./lib/embedded-db.mjs"
import { importTs } from "./lib/load-ts.mjs"
import { dropTestTemplates } from "./lib/test-templates.mjs"

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..")
/** How many test files one jest process runs (see runJestInParts). */
const FILES_PER_PART = 12
// Jest reads everything after --selectProjects as project names, so
// `npm test -- --selectProjects http some.spec.ts` would run every HTTP test:
// file paths are moved in front of the option.
const args = (() => {
  const given = process.argv.slice(2)
  const at = given.indexOf("--selectProjects")
  if (at < 0) return given
  const isPath = (a) => !a.startsWith("-") && (a.includes("/") || /\.[jt]sx?$/.test(a))
  const after = given.slice(at + 1)
  let end = after.findIndex((a) => a.startsWith("-"))
  if (end < 0) end = after.length
  const names = after.slice(0, end)
  return [...given.slice(0, at), ...names.filter(isPath), "--selectProjects", ...names.filter((a) => !isPath(a)), ...after.slice(end)]
})()
const env = {
  ...process.env,
  NODE_ENV: "test",
  LOG_LEVEL: process.env.LOG_LEVEL || "error",
  MEDUSA_DISABLE_TELEMETRY: "true",
  NEXT_TELEMETRY_DISABLED: "1",
}

const { resolveChinookDataFile } = await importTs(path.join(root, "data/seed/data-file.ts"))
try {
  env.CHINOOK_DATA = (await resolveChinookDataFile({ root, log: console.log, command: "npm test" })).file
} catch (e) {
  console.error(`\nThe tests need the Chinook dataset: ${e.message}\n`)
  process.exit(1)
}

let db
if (!env.DB_HOST) {
  // /tmp rather than .data/: the server runs as the `postgres` user, which
  // must be able to reach its data directory from /.
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "chinook-test-pg-"))
  fs.chmodSync(dir, 0o755)
  db = await startEmbeddedPostgres({ dir: path.join(dir, "data"), persistent: false })
  db.tmp = dir
  Object.assign(env, {
    DB_HOST: "localhost",
    DB_PORT: String(db.port),
    DB_USERNAME: EMBEDDED_USER,
    DB_PASSWORD: EMBEDDED_PASSWORD,
  })
  console.log(`Embedded PostgreSQL for the tests on port ${db.port}`)
}

// The databases this run migrates and imports once, for its test files to
// copy (integration-tests/helpers/database-templates.ts); dropped at the end.
env.TEST_DB_TEMPLATES = `tpl-${randomBytes(4).toString("hex")}`

let status = 0
try {
  // The browser tests serve the built storefront; a run that leaves them out
  // (`npm test -- --selectProjects http`) need not build it.
  const projects = args.includes("--selectProjects") ? args.slice(args.indexOf("--selectProjects") + 1) : ["e2e"]
  if (projects.includes("e2e")) {
    const storefront = await exec("npm", ["run", "build", "--prefix", "storefront"], {
      cwd: root,
      env: { ...env, NODE_ENV: "production" },
    })
    if (storefront.status !== 0) {
      throw new Error("The storefront does not build (npm run build --prefix storefront).")
    }
  }
  status = await runJestInParts(args, env)
} catch (e) {
  console.error(e.message)
  status = 1
} finally {
  await dropTestTemplates(env, env.TEST_DB_TEMPLATES).catch((e) => console.error(`Could not drop the test templates: ${e.message}`))
  await db?.stop()
  if (db) fs.rmSync(db.tmp, { recursive: true, force: true })
}
process.exit(status)

/**
 * Every file boots a Medusa app whose modules are not all released at
 * teardown. In one process the leftovers of eighty files grew the heap past
 * 9 GB, garbage collection then took longer than the tests, and a CI run
 * doubled to 45 minutes. So jest runs in parts of about FILES_PER_PART files,
 * one after the other, each a fresh process running its files in band; the
 * sequencer (integration-tests/helpers/test-sequencer.js) deals the files out
 * and keeps the Chinook import first. Jest's own workers would also recycle
 * memory, but they crash on a failed request's error (a circular object)
 * instead of reporting it.
 */
async function runJestInParts(args, env) {
  const jestBin = path.join(root, "node_modules/.bin/jest")
  const jestEnv = { ...env, NODE_OPTIONS: "--experimental-vm-modules --max-old-space-size=8192" }
  const listed = await exec(jestBin, ["--listTests", "--json", ...args], { cwd: root, env: jestEnv, capture: true })
  let files
  try {
    files = JSON.parse(listed.output.split("\n").find((line) => line.startsWith("[")))
  } catch {
    console.error(listed.output)
    return 1
  }
  if (files.length === 0) {
    console.error("No test files match.")
    return 1
  }
  const perPart = Number(process.env.TEST_FILES_PER_PART) || FILES_PER_PART
  const parts = Math.ceil(files.length / perPart)
  const reports = fs.mkdtempSync(path.join(os.tmpdir(), "chinook-jest-"))
  let failed = false
  const totals = { suites: 0, failedSuites: 0, tests: 0, failedTests: 0, failures: [] }
  const started = Date.now()
  try {
    for (let part = 1; part <= parts; part++) {
      if (parts > 1) console.log(`\n== npm test: part ${part} of ${parts} ==`)
      const outputFile = path.join(reports, `part-${part}.json`)
      const shard = parts > 1 ? [`--shard=${part}/${parts}`] : []
      const run = await exec(
        jestBin,
        ["--runInBand", "--forceExit", "--passWithNoTests", ...shard, "--json", `--outputFile=${outputFile}`, ...args],
        { cwd: root, env: jestEnv }
      )
      if (run.status !== 0) failed = true
      if (!fs.existsSync(outputFile)) continue
      const r = JSON.parse(fs.readFileSync(outputFile, "utf8"))
      totals.suites += r.numTotalTestSuites
      totals.failedSuites += r.numFailedTestSuites + (r.numRuntimeErrorTestSuites ?? 0)
      totals.tests += r.numTotalTests
      totals.failedTests += r.numFailedTests
      for (const suite of r.testResults) {
        if (suite.status === "failed") totals.failures.push(path.relative(root, suite.name))
      }
    }
  } finally {
    fs.rmSync(reports, { recursive: true, force: true })
  }
  if (parts > 1) {
    const minutes = ((Date.now() - started) / 60000).toFixed(1)
    console.log(`\n== npm test, all ${parts} parts (${minutes} min) ==`)
    console.log(`Test files: ${totals.failedSuites} failed, ${totals.suites - totals.failedSuites} passed, ${totals.suites} total`)
    console.log(`Tests:      ${totals.failedTests} failed, ${totals.tests - totals.failedTests} passed, ${totals.tests} total`)
    for (const f of totals.failures) console.log(`FAILED ${f}`)
  }
  return failed ? 1 : 0
}
