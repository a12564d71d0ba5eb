// What bench:search and bench:album share: options, the database and server,
// the load runs of "ours" and "Medusa's" endpoint in the same run, and the
// report.
import fs from "node:fs"
import os from "node:os"
import path from "node:path"
import { fileURLToPath } from "node:url"
import { parseArgs } from "node:util"
import { catalogueSize, formatCatalogue, prepareDatabase, query, resolveBenchDatabase, settle } from "./database.mjs"
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
  connections: { type: "string", default: "10" },
  scale: { type: "string" },
  "database-url": { type: "string" },
  json: { type: "string" },
  help: { type: "boolean", short: "h" },
}

const COMMON_HELP = `
  --duration S        seconds of measured load per endpoint (default 15)
  --warmup S          seconds of unmeasured load per endpoint first (default 3)
  --connections N     concurrent keep-alive connections (default 10)
  --scale N           first make the synthetic catalogue N x Chinook (npm run seed:synthetic)
  --database-url URL  PostgreSQL to use (default: BENCH_DATABASE_URL, else the
                      embedded server in .data/bench-postgres)
  --json FILE         also write the figures as JSON`

function number(name, value, { min = 0, integer = false } = {}) {
  const n = Number(value)
  if (!Number.isFinite(n) || n < min || (integer && !Number.isInteger(n))) {
    throw new UsageError(`--${name} must be ${integer ? "a whole number" : "a number"} >= ${min}, got "${value}".`)
  }
  return n
}

class UsageError extends Error {}

/** The commit benchmarked, and whether the server's sources had uncommitted changes. */
async function sources() {
  const head = await exec("git", ["rev-parse", "--short", "HEAD"], { cwd: root, capture: true }).catch(() => null)
  if (!head || head.status !== 0) return "unknown (not a git checkout)"
  const dirty = await exec("git", ["status", "--porcelain", "--", "src", "medusa-config.ts", "package-lock.json"], { cwd: root, capture: true })
  return `${head.output.trim()}${dirty.output.trim() ? " + uncommitted changes in src" : ""}`
}

export const fmt = {
  ms: (x) => (Number.isFinite(x) ? `${x < 10 ? x.toFixed(2) : x < 100 ? x.toFixed(1) : x.toFixed(0)} ms` : "-"),
  rps: (x) => (Number.isFinite(x) ? x.toFixed(x < 100 ? 1 : 0) : "-"),
  kb: (x) => (Number.isFinite(x) ? `${(x / 1024).toFixed(1)} KB` : "-"),
}

function table(rows) {
  const widths = rows[0].map((_, i) => Math.max(...rows.map((r) => String(r[i]).length)))
  return rows.map((r) => r.map((c, i) => (i === 0 ? String(c).padEnd(widths[i]) : String(c).padStart(widths[i]))).join("   ")).join("\n")
}

/**
 * @param {object} spec
 * @param {string} spec.title
 * @param {string} spec.usage
 * @param {(ctx) => Promise<{ours: {label: string, paths: string[]}, medusa: {label: string, paths: string[]}, notes?: string[]}>} spec.targets
 * @param {(r: {ours: any, medusa: any, ratio: number}) => [string, boolean][]} spec.goals
 */
export async function runBenchmark(spec) {
  let opts
  try {
    opts = parseArgs({ options: COMMON_OPTIONS, allowPositionals: false }).values
  } catch (e) {
    console.error(`${e.message}\n\n${spec.usage}${COMMON_HELP}`)
    process.exit(2)
  }
  if (opts.help) {
    console.log(`${spec.usage}${COMMON_HELP}`)
    return
  }
  try {
    process.loadEnvFile(path.join(root, ".env"))
  } catch {}

  let db
  let server
  let stopping = false
  const cleanup = async () => {
    await server?.stop().catch(() => {})
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
    const seconds = number("duration", opts.duration, { min: 1 })
    const warmup = number("warmup", opts.warmup)
    const connections = number("connections", opts.connections, { min: 1, integer: true })
    const scale = opts.scale === undefined ? undefined : number("scale", opts.scale, { integer: true })

    db = await resolveBenchDatabase({ root, url: opts["database-url"] })
    say(`database: ${db.describe}`)
    const settings = await prepareDatabase({ root, db, say })
    if (scale !== undefined) {
      say(`Making the synthetic catalogue ${scale} x Chinook (seed:synthetic)...`)
      const s = await runSynthetic({ root, db, scale })
      say(`seed:synthetic --scale ${scale}: ${s.toFixed(1)} s`)
    }
    const catalogue = await catalogueSize(db.url)
    say(`catalogue: ${formatCatalogue(catalogue)}`)
    const t = Date.now()
    await settle(db.url)
    say(`vacuum (analyze) of the database: ${((Date.now() - t) / 1000).toFixed(1)} s`)

    const serverDir = await ensureBuild({ root, say })
    server = await startServer({ root, serverDir, db, say })

    const ctx = { db, settings, serverUrl: server.url, query: (sql, params) => query(db.url, sql, params) }
    const targets = await spec.targets(ctx)
    const headers = { "x-publishable-api-key": settings.publishableKey }
    const loadBefore = os.loadavg()

    const results = {}
    for (const [key, target] of [["ours", targets.ours], ["medusa", targets.medusa]]) {
      say(`${target.label}: ${target.paths.length} requests in rotation, e.g. ${target.paths[0]}`)
      const probed = await probe({ baseUrl: server.url, paths: target.paths, headers })
      const failed = probed.filter((p) => p.status !== 200)
      if (failed.length) {
        say(`  ${failed.length}/${probed.length} answer ${[...new Set(failed.map((f) => f.error ?? f.status))].join(", ")}, e.g. ${failed[0].path}`)
      }
      if (warmup > 0) {
        say(`  warm-up ${warmup} s...`)
        await load({ baseUrl: server.url, paths: target.paths, headers, connections, seconds: warmup })
      }
      say(`  measuring ${seconds} s at ${connections} connections...`)
      results[key] = await load({ baseUrl: server.url, paths: target.paths, headers, connections, seconds })
      if (server.exited()) {
        throw new Error(`The server stopped during the run (${server.exited()}); its last output:\n${server.logs()}`)
      }
      results[key].label = target.label
      results[key].sequentialP50 = probed.map((p) => p.ms).sort((a, b) => a - b)[Math.floor(probed.length / 2)]
    }

    const { ours, medusa } = results
    const ratio = ours.rps / medusa.rps
    console.log("")
    console.log(`${spec.title}: ${connections} connections, ${seconds} s each, same server and database`)
    console.log(`catalogue: ${formatCatalogue(catalogue)}`)
    console.log(`sources: ${await sources()}`)
    console.log(
      `machine: ${os.cpus().length} CPUs shared by server, PostgreSQL and this client; load average before the run ${loadBefore.map((l) => l.toFixed(1)).join(" ")}`
    )
    console.log("")
    console.log(
      table([
        ["", ours.label, medusa.label],
        ["requests/s", fmt.rps(ours.rps), fmt.rps(medusa.rps)],
        ["p50 latency", fmt.ms(ours.p50), fmt.ms(medusa.p50)],
        ["p99 latency", fmt.ms(ours.p99), fmt.ms(medusa.p99)],
        ["mean response size", fmt.kb(ours.meanBytes), fmt.kb(medusa.meanBytes)],
        ["requests (errors)", `${ours.requests} (${ours.errors})`, `${medusa.requests} (${medusa.errors})`],
        ["first pass p50 (1 connection, cold)", fmt.ms(ours.sequentialP50), fmt.ms(medusa.sequentialP50)],
      ])
    )
    for (const r of [ours, medusa]) {
      if (r.errors) console.log(`errors from ${r.label}: ${JSON.stringify(r.errorSamples)}`)
    }
    console.log("")
    console.log(`throughput ratio (ours / Medusa): ${Number.isFinite(ratio) ? ratio.toFixed(1) : "-"}x`)
    const goals = spec.goals({ ours, medusa, ratio })
    for (const [text, met] of goals) console.log(`  ${met ? "met    " : "MISSED "} ${text}`)
    const name = (i) => targets.names?.[i] ?? targets.ours.paths[i]
    const slow = ours.perPath.map((s, i) => ({ ...s, name: name(i) })).sort((a, b) => b.p50 - a.p50).slice(0, 5)
    console.log(`\nslowest of ours (p50 under load): ${slow.map((s) => `${s.name} ${fmt.ms(s.p50)}`).join("; ")}`)
    for (const note of targets.notes ?? []) console.log(note)

    if (opts.json) {
      const strip = ({ perPath, ...r }) => ({ ...r, perPath })
      fs.writeFileSync(
        opts.json,
        JSON.stringify(
          { benchmark: spec.title, at: new Date().toISOString(), connections, seconds, catalogue, ratio, ours: strip(ours), medusa: strip(medusa), goals },
          null,
          2
        )
      )
      say(`figures written to ${opts.json}`)
    }
  } catch (e) {
    console.error(`\n${e instanceof UsageError ? e.message : e?.stack ?? e}\n`)
    process.exitCode = 1
  } finally {
    if (!stopping) await cleanup()
  }
}
