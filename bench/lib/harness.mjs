// What bench:search and bench:album share: options, the database and the
// server build, servers started with their own environment, the measurement
// of one endpoint (cold pass, warm-up, load, one connection), and the report.
import fs from "node:fs"
import os from "node:os"
import path from "node:path"
import { fileURLToPath } from "node:url"
import { parseArgs } from "node:util"
import { catalogueSize, formatCatalogue, prepareDatabase, query, resolveBenchDatabase, settle, syncVisibility } from "./database.mjs"
import { exec } from "../../scripts/lib/exec.mjs"
import { load, probe } from "./load.mjs"
import { ensureBuild, startServer } from "./server.mjs"
import { runSynthetic } from "./synthetic.mjs"

export const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..", "..")

const color = process.stdout.isTTY
export const say = (m) => console.log(`${color ? "\x1b[36m[bench]\x1b[0m" : "[bench]"} ${m}`)

export const COMMON_OPTIONS = {
  duration: { type: "string", default: "15" },
  warmup: { type: "string", default: "3" },
  sequential: { type: "string", default: "5" },
  connections: { type: "string", default: "10" },
  scale: { type: "string" },
  "database-url": { type: "string" },
  json: { type: "string" },
  help: { type: "boolean", short: "h" },
}

const COMMON_HELP = `
  --duration S        seconds of measured load per endpoint (default 15)
  --warmup S          seconds of unmeasured load per endpoint first (default 3)
  --sequential S      seconds of one-connection requests per endpoint after the
                      load, for latency without queueing (default 5; 0: skip)
  --connections N     concurrent keep-alive connections (default 10)
  --scale N           first make the synthetic catalogue N x Chinook (npm run seed:synthetic)
  --database-url URL  PostgreSQL to use (default: BENCH_DATABASE_URL, else the
                      embedded server in .data/bench-postgres)
  --json FILE         also write the figures as JSON`

export class UsageError extends Error {}

export function number(name, value, { min = 0, integer = false } = {}) {
  const n = Number(value)
  if (!Number.isFinite(n) || n < min || (integer && !Number.isInteger(n))) {
    throw new UsageError(`--${name} must be ${integer ? "a whole number" : "a number"} >= ${min}, got "${value}".`)
  }
  return n
}

/** The commit benchmarked, and whether the server's sources had uncommitted changes. */
async function sources() {
  const head = await exec("git", ["rev-parse", "--short", "HEAD"], { cwd: root, capture: true }).catch(() => null)
  if (!head || head.status !== 0) return "unknown (not a git checkout)"
  const dirty = await exec("git", ["status", "--porcelain", "--", "src", "medusa-config.ts", "package-lock.json", "bench"], { cwd: root, capture: true })
  return `${head.output.trim()}${dirty.output.trim() ? " + uncommitted changes" : ""}`
}

export const fmt = {
  ms: (x) => (Number.isFinite(x) ? `${x < 10 ? x.toFixed(2) : x < 100 ? x.toFixed(1) : x.toFixed(0)} ms` : "-"),
  rps: (x) => (Number.isFinite(x) ? x.toFixed(x < 100 ? 1 : 0) : "-"),
  kb: (x) => (Number.isFinite(x) ? `${(x / 1024).toFixed(1)} KB` : "-"),
  x: (x) => (Number.isFinite(x) ? `${x.toFixed(1)}x` : "-"),
  int: (x) => x.toLocaleString("en-US"),
}

export function table(rows) {
  const widths = rows[0].map((_, i) => Math.max(...rows.map((r) => String(r[i] ?? "").length)))
  return rows
    .map((r) => r.map((c, i) => (i === 0 ? String(c ?? "").padEnd(widths[i]) : String(c ?? "").padStart(widths[i]))).join("   "))
    .join("\n")
}

/** The rows of a table comparing measured endpoints, one column each. */
export function resultsTable(results) {
  const cell = (f) => results.map(f)
  return table([
    ["", ...cell((r) => r.label)],
    ["requests/s", ...cell((r) => fmt.rps(r.load.rps))],
    ["p50 latency", ...cell((r) => fmt.ms(r.load.p50))],
    ["p95 latency", ...cell((r) => fmt.ms(r.load.p95))],
    ["p99 latency", ...cell((r) => fmt.ms(r.load.p99))],
    ["mean response size", ...cell((r) => fmt.kb(r.load.meanBytes))],
    ["requests (errors)", ...cell((r) => `${fmt.int(r.load.requests)} (${r.load.errors})`)],
    ["sequential p50 (1 connection)", ...cell((r) => (r.sequential ? fmt.ms(r.sequential.p50) : "-"))],
    ["cold first pass p50", ...cell((r) => (r.cold ? fmt.ms(r.cold.p50) : "-"))],
    ["distinct requests sent (repeats?)", ...cell((r) => `${fmt.int(r.distinct)} (${r.wrapped ? "YES" : "no"})`)],
  ])
}

/**
 * One endpoint measured the same way as every other: a cold first pass
 * (`cold` requests, one connection), `warmup` seconds unmeasured, `seconds`
 * measured at `connections`, then `sequential` seconds on one connection. All
 * phases walk the same list with one cursor, so a list of distinct requests
 * is not repeated unless it runs out (reported as `wrapped`).
 */
export async function measure({ server, headers, label, requests, cold = 0, opts }) {
  const cursor = { i: 0 }
  const out = { label }
  if (cold > 0) {
    const probed = await probe({ baseUrl: server.url, requests, headers, count: Math.min(cold, requests.length), cursor })
    const failed = probed.filter((p) => p.status !== 200)
    if (failed.length) {
      const e = failed[0]
      say(
        `  ${label}: ${failed.length}/${probed.length} cold requests answer ${[...new Set(failed.map((f) => f.error ?? f.status))].join(", ")}, ` +
          `e.g. ${JSON.stringify(e.request)}: ${JSON.stringify(e.json ?? "").slice(0, 300)}`
      )
    }
    const ms = probed.map((p) => p.ms).sort((a, b) => a - b)
    out.cold = { n: ms.length, p50: ms[Math.floor(ms.length / 2)] }
  }
  if (opts.warmup > 0) await load({ baseUrl: server.url, requests, cursor, headers, connections: opts.connections, seconds: opts.warmup })
  say(`  ${label}: measuring ${opts.seconds} s at ${opts.connections} connections...`)
  out.load = await load({ baseUrl: server.url, requests, cursor, headers, connections: opts.connections, seconds: opts.seconds })
  if (opts.sequential > 0) {
    out.sequential = await load({ baseUrl: server.url, requests, cursor, headers, connections: 1, seconds: opts.sequential })
  }
  if (server.exited()) throw new Error(`The server stopped during the run (${server.exited()}); its last output:\n${server.logs()}`)
  out.distinct = Math.min(cursor.i, requests.length)
  out.wrapped = cursor.i > requests.length
  return out
}

export function printGoals(goals) {
  for (const [text, met] of goals) console.log(`  ${met ? "met    " : "MISSED "} ${text}`)
}

/**
 * Parses the options, prepares the database (migrations, Chinook, the
 * synthetic scale, vacuum) and the server build, then hands over to `main`,
 * which starts servers through `ctx.startServer` (all stopped at the end).
 * @param {{title: string, usage: string, options?: object, help?: string, main: (ctx: object) => Promise<object|void>}} spec
 */
export async function runBenchmark(spec) {
  let opts
  try {
    opts = parseArgs({ options: { ...COMMON_OPTIONS, ...spec.options }, allowPositionals: false }).values
  } catch (e) {
    console.error(`${e.message}\n\n${spec.usage}${spec.help ?? ""}${COMMON_HELP}`)
    process.exit(2)
  }
  if (opts.help) {
    console.log(`${spec.usage}${spec.help ?? ""}${COMMON_HELP}`)
    return
  }
  try {
    process.loadEnvFile(path.join(root, ".env"))
  } catch {}

  let db
  const servers = new Set()
  let stopping = false
  const cleanup = async () => {
    for (const s of servers) await s.stop().catch(() => {})
    await db?.stop().catch(() => {})
  }
  const onSignal = async () => {
    if (stopping) return
    stopping = true
    say("stopping...")
    await cleanup()
    process.exit(130)
  }
  process.on("SIGINT", onSignal)
  process.on("SIGTERM", onSignal)

  try {
    const run = {
      seconds: number("duration", opts.duration, { min: 1 }),
      warmup: number("warmup", opts.warmup),
      sequential: number("sequential", opts.sequential),
      connections: number("connections", opts.connections, { min: 1, integer: true }),
    }
    const scale = opts.scale === undefined ? undefined : number("scale", opts.scale, { integer: true })

    db = await resolveBenchDatabase({ root, url: opts["database-url"] })
    say(`database: ${db.describe}`)
    const settings = await prepareDatabase({ root, db, say })
    if (scale !== undefined) {
      say(`Making the synthetic catalogue ${scale} x Chinook (seed:synthetic)...`)
      const s = await runSynthetic({ root, db, scale })
      say(`seed:synthetic --scale ${scale}: ${s.toFixed(1)} s`)
    }
    await syncVisibility({ root, db, say })
    const catalogue = await catalogueSize(db.url)
    say(`catalogue: ${formatCatalogue(catalogue)}`)
    const t = Date.now()
    await settle(db.url)
    say(`vacuum (analyze) of the database: ${((Date.now() - t) / 1000).toFixed(1)} s`)

    const serverDir = await ensureBuild({ root, say })
    const loadBefore = os.loadavg()
    const ctx = {
      opts,
      run,
      db,
      settings,
      catalogue,
      serverDir,
      headers: { "x-publishable-api-key": settings.publishableKey },
      query: (sql, params) => query(db.url, sql, params),
      async startServer({ env = {}, label } = {}) {
        if (label) say(label)
        const server = await startServer({ root, serverDir, db, say, env })
        servers.add(server)
        const stop = server.stop
        server.stop = async () => {
          servers.delete(server)
          await stop()
        }
        return server
      },
      /** The report's heading: what was measured, on what, from which sources, on which machine. */
      async heading() {
        console.log("")
        console.log(`${spec.title}: ${run.connections} connections, ${run.warmup} s warm-up + ${run.seconds} s measured + ${run.sequential} s on 1 connection per endpoint, same database`)
        console.log(`catalogue: ${formatCatalogue(catalogue)}`)
        console.log(`sources: ${await sources()}`)
        console.log(
          `machine: ${os.cpus().length} CPUs shared by server, PostgreSQL and this client; load average before the run ${loadBefore.map((l) => l.toFixed(1)).join(" ")}`
        )
      },
    }
    const figures = await spec.main(ctx)

    if (opts.json && figures) {
      fs.writeFileSync(opts.json, JSON.stringify({ benchmark: spec.title, at: new Date().toISOString(), run, catalogue, ...figures }, null, 2))
      say(`figures written to ${opts.json}`)
    }
  } catch (e) {
    console.error(`\n${e instanceof UsageError ? e.message : e?.stack ?? e}\n`)
    process.exitCode = 1
  } finally {
    if (!stopping) await cleanup()
  }
}
