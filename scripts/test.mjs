// `npm test`: the whole suite (unit, module, HTTP integration, storefront
// end-to-end and cluster tests) against a real PostgreSQL. The cluster tests
// (integration-tests/cluster) also need CLUSTER_REDIS_URL, else they are skipped. Without DB_HOST it starts a
// throw-away embedded server; with DB_HOST (and DB_PORT, DB_USERNAME,
// DB_PASSWORD) it uses that one. Extra arguments go to jest.
// The Chinook data is found as `npm start` finds it (CHINOOK_DATA, else the
// cache in .cache/chinook/, else the pinned download) and handed to the
// tests as CHINOOK_DATA.
import { spawn } from "node:child_process"
import { randomBytes } from "node:crypto"
import fs from "node:fs"
import os from "node:os"
import path from "node:path"
import readline from "node:readline"
import { fileURLToPath } from "node:url"
import { exec } from "./lib/exec.mjs"
import { EMBEDDED_PASSWORD, EMBEDDED_USER, startEmbeddedPostgres } from "./lib/embedded-db.mjs"
import { importTs } from "./lib/load-ts.mjs"
import { dropTestTemplates } from "./lib/test-templates.mjs"

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..")
/** How many test files one jest process runs, and how many run at once (see runJestInParts). */
const FILES_PER_PART = 12
const LANES = 1
const FIRST = /[\\/]integration-tests[\\/]http[\\/]chinook-import\.spec\.[jt]s$/
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
  // A throw-away server: nothing it writes need survive a crash, so it does
  // not wait for the disk (about a tenth off every file's time). Lanes of
  // files, some starting three Medusa processes, need more connections.
  db = await startEmbeddedPostgres({
    dir: path.join(dir, "data"),
    persistent: false,
    settings: ["max_connections=300", "fsync=off", "synchronous_commit=off", "full_page_writes=off"],
  })
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
    const buildStarted = Date.now()
    const storefront = await exec("npm", ["run", "build", "--prefix", "storefront"], {
      cwd: root,
      env: { ...env, NODE_ENV: "production" },
    })
    if (storefront.status !== 0) {
      throw new Error("The storefront does not build (npm run build --prefix storefront).")
    }
    console.log(`Storefront built in ${((Date.now() - buildStarted) / 1000).toFixed(0)} s`)
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
 * doubled to 45 minutes. So the files run in parts of at most FILES_PER_PART,
 * each part a fresh jest process running its files in band. With
 * TEST_LANES=N the parts run in N lanes at once, each lane's parts one after
 * the other; on 2 cores that is no faster (a file keeps both busy: Node and
 * PostgreSQL), so one lane is the default. Jest's own
 * workers would also recycle memory, but they crash on a failed request's
 * error (a circular object) instead of reporting it.
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
  const lanes = planLanes(files, {
    lanes: Number(process.env.TEST_LANES) || Math.min(LANES, os.availableParallelism()),
    perPart: Number(process.env.TEST_FILES_PER_PART) || FILES_PER_PART,
  })
  // A file named in the arguments is in the list already: given twice by path, jest would run it twice.
  const notListed = args.filter((a) => a.startsWith("-") || !files.includes(path.resolve(root, a)))
  const reports = fs.mkdtempSync(path.join(os.tmpdir(), "chinook-jest-"))
  const started = Date.now()
  let failed = false
  const results = []
  try {
    await Promise.all(
      lanes.map(async (parts, lane) => {
        for (const [i, part] of parts.entries()) {
          const name = lanes.length > 1 ? `lane ${lane + 1}, part ${i + 1} of ${parts.length}` : `part ${i + 1} of ${parts.length}`
          const outputFile = path.join(reports, `${lane}-${i}.json`)
          // The files go in by path (what --listTests chose from the arguments); the arguments still apply (-t, projects).
          const reporters = ["--reporters=default", `--reporters=${path.join(root, "integration-tests/helpers/summary-reporter.js")}`]
          const jestArgs = ["--runInBand", "--forceExit", ...reporters, "--runTestsByPath", ...part, ...notListed]
          const status = await runPart(jestBin, jestArgs, { ...jestEnv, JEST_SUMMARY_FILE: outputFile }, lanes.length > 1 ? `[${lane + 1}] ` : "", name)
          if (status !== 0) failed = true
          if (fs.existsSync(outputFile)) results.push(JSON.parse(fs.readFileSync(outputFile, "utf8")))
          else failed = true
        }
      })
    )
  } finally {
    fs.rmSync(reports, { recursive: true, force: true })
  }
  const sum = (key) => results.reduce((n, r) => n + r[key], 0)
  const failedFiles = results.flatMap((r) => r.failedFiles.map((f) => path.relative(root, f)))
  const parts = lanes.reduce((n, l) => n + l.length, 0)
  console.log(`\n== npm test: ${files.length} files in ${parts} parts on ${lanes.length} lane(s), ${((Date.now() - started) / 60000).toFixed(1)} min ==`)
  if (sum("files") < files.length) console.log(`${files.length - sum("files")} file(s) in parts that did not finish: see above.`)
  console.log(`Test files: ${failedFiles.length} failed, ${sum("files") - failedFiles.length} passed, ${sum("files")} total`)
  console.log(`Tests:      ${sum("failed")} failed, ${sum("passed")} passed, ${sum("tests")} total`)
  for (const f of failedFiles) console.log(`FAILED ${f}`)
  const times = Object.entries(Object.assign({}, ...results.map((r) => r.times ?? {}))).sort((a, b) => b[1] - a[1])
  if (times.length > 1) {
    console.log(`Slowest files: ${times.slice(0, 10).map(([f, s]) => `${path.relative(root, f)} ${s.toFixed(0)} s`).join(", ")}`)
  }
  return failed ? 1 : 0
}

/** A test file's rough cost in seconds, to balance the lanes before any run has timed it. */
function weight(file) {
  if (FIRST.test(file)) return 200
  if (/[\\/]cluster[\\/]/.test(file)) return 110
  if (/[\\/]e2e[\\/]/.test(file)) return 50
  if (/[\\/]integration-tests[\\/]/.test(file)) return 25
  return /\.unit\.spec\./.test(file) ? 2 : 8
}

/**
 * Deals the files to lanes, heaviest first to the lightest lane. The Chinook
 * import and every file that starts from its copy (startFromImportedChinook)
 * share the first lane, import first, so they find the copy made.
 */
function planLanes(files, { lanes, perPart }) {
  const readsImport = (f) => fs.readFileSync(f, "utf8").includes("startFromImportedChinook(")
  const first = files.filter((f) => FIRST.test(f) || readsImport(f)).sort((a, b) => weight(b) - weight(a))
  const rest = files.filter((f) => !first.includes(f)).sort((a, b) => weight(b) - weight(a))
  const plan = Array.from({ length: lanes }, () => ({ files: [], load: 0 }))
  for (const f of first) {
    plan[0].files.push(f)
    plan[0].load += weight(f)
  }
  for (const f of rest) {
    const lane = plan.reduce((a, b) => (b.load < a.load ? b : a))
    lane.files.push(f)
    lane.load += weight(f)
  }
  return plan
    .filter((l) => l.files.length)
    .map((l) => Array.from({ length: Math.ceil(l.files.length / perPart) }, (_, i) => l.files.slice(i * perPart, (i + 1) * perPart)))
}

/** One jest process; with lanes, each line it prints is marked with its lane. */
function runPart(jestBin, jestArgs, env, mark, name) {
  return new Promise((resolve, reject) => {
    process.stdout.write(`\n${mark}== npm test: ${name} ==\n`)
    const child = spawn(jestBin, jestArgs, { cwd: root, env, stdio: ["ignore", mark ? "pipe" : "inherit", mark ? "pipe" : "inherit"] })
    if (mark) {
      for (const [from, to] of [[child.stdout, process.stdout], [child.stderr, process.stderr]]) {
        readline.createInterface({ input: from }).on("line", (line) => to.write(`${mark}${line}\n`))
      }
    }
    child.on("error", reject)
    child.on("exit", (code, signal) => resolve(code ?? (signal ? 1 : 0)))
  })
}
