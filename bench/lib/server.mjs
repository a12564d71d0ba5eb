// A production Medusa server for the benchmarks, as `npm start` runs one
// (`medusa build`, then `medusa start` from the build), but built from a copy
// of the sources in .data/bench-build so it never touches the store's own
// .medusa/server, with the admin disabled, on a free port.
//
// The copy also gets bench/search-module: Medusa's Search Module indexes over
// our catalogue in src/search/, and POST /store/search opted in for them (the
// store's src/api/middlewares.ts is kept whole as app-middlewares.ts beside
// the benchmark's). The indexes register only when BENCH_SEARCH_MODULE=on.
import { spawn } from "node:child_process"
import fs from "node:fs"
import path from "node:path"
import { freePort } from "../../scripts/lib/embedded-db.mjs"
import { fingerprint, readState, writeState } from "../../scripts/lib/fingerprint.mjs"
import { exec, stopProcessGroup } from "../../scripts/lib/exec.mjs"
import { localSecrets } from "../../scripts/lib/secrets.mjs"
import { medusaEnv } from "./database.mjs"

const BUILD_INPUTS = ["package-lock.json", "src", "medusa-config.ts", "tsconfig.json", "bench/search-module", "bench/lib/server.mjs"]
const COPIED = ["package.json", "package-lock.json", "medusa-config.ts", "tsconfig.json", "src"]

/** Builds the backend (no admin) into .data/bench-build/.medusa/server when its sources changed. */
export async function ensureBuild({ root, say }) {
  const dir = path.join(root, ".data", "bench-build")
  const server = path.join(dir, ".medusa", "server")
  const stateFile = path.join(root, ".data", "bench-state.json")
  const state = readState(stateFile)
  const print = fingerprint(root, BUILD_INPUTS)
  if (state.build !== print || !fs.existsSync(path.join(server, "medusa-config.js"))) {
    fs.rmSync(dir, { recursive: true, force: true })
    fs.mkdirSync(dir, { recursive: true })
    for (const entry of COPIED) {
      const from = path.join(root, entry)
      if (!fs.existsSync(from)) continue
      fs.cpSync(from, path.join(dir, entry), {
        recursive: true,
        filter: (p) => !p.split(path.sep).includes("__tests__"),
      })
    }
    installSearchModule(root, dir)
    fs.symlinkSync(path.join(root, "node_modules"), path.join(dir, "node_modules"))
    say("Building the backend (medusa build, admin disabled)...")
    const t = Date.now()
    const res = await exec(path.join(root, "node_modules", ".bin", "medusa"), ["build"], {
      cwd: dir,
      capture: true,
      env: { ...process.env, MEDUSA_DISABLE_TELEMETRY: "true", NODE_ENV: "production", DISABLE_ADMIN: "true" },
    })
    const emitted = fs.existsSync(path.join(server, "medusa-config.js"))
    if (res.status !== 0 && !(emitted && /Backend build completed with errors/.test(res.output))) {
      throw new Error(`medusa build failed:\n${res.output.trim().split("\n").slice(-40).join("\n")}`)
    }
    if (res.status !== 0) {
      // TypeScript reported errors but emitted the JavaScript anyway: the
      // server can run; say so and go on, since a benchmark measures runtime.
      const errors = res.output.split("\n").filter((l) => /error.*TS\d+/.test(l.replace(/\x1b\[[0-9;]*m/g, "")))
      say(`WARNING: medusa build reported ${errors.length} type error(s); benchmarking the emitted JavaScript anyway:`)
      for (const l of errors.slice(0, 5)) say(`  ${l.replace(/\x1b\[[0-9;]*m/g, "").trim()}`)
    }
    say(`Build done in ${((Date.now() - t) / 1000).toFixed(1)} s`)
    state.build = print
    writeState(stateFile, state)
  }
  // The build has no node_modules of its own; covers uploaded by the import
  // live in the project's static/.
  fs.mkdirSync(path.join(root, "static"), { recursive: true })
  for (const [link, target] of [["node_modules", path.join(root, "node_modules")], ["static", path.join(root, "static")]]) {
    const p = path.join(server, link)
    if (!fs.existsSync(p)) fs.symlinkSync(target, p)
  }
  return server
}

function installSearchModule(root, dir) {
  const from = path.join(root, "bench", "search-module")
  const search = path.join(dir, "src", "search")
  fs.mkdirSync(search, { recursive: true })
  for (const f of fs.readdirSync(from)) {
    if (f.endsWith(".ts") && f !== "middlewares.ts") fs.copyFileSync(path.join(from, f), path.join(search, f))
  }
  const api = path.join(dir, "src", "api")
  fs.mkdirSync(api, { recursive: true })
  const appMiddlewares = path.join(api, "middlewares.ts")
  if (fs.existsSync(appMiddlewares)) fs.renameSync(appMiddlewares, path.join(api, "app-middlewares.ts"))
  else fs.writeFileSync(path.join(api, "app-middlewares.ts"), 'import { defineMiddlewares } from "@medusajs/framework/http"\nexport default defineMiddlewares({ routes: [] })\n')
  fs.copyFileSync(path.join(from, "middlewares.ts"), appMiddlewares)
}

/**
 * Starts `medusa start` from the build on a free port and waits for /health.
 * @returns {Promise<{url: string, stop: () => Promise<void>, pid: number}>}
 */
export async function startServer({ root, serverDir, db, say, env = {}, timeoutMs = 120_000 }) {
  const port = await freePort()
  const url = `http://localhost:${port}`
  const logs = []
  const child = spawn(path.join(root, "node_modules", ".bin", "medusa"), ["start"], {
    cwd: serverDir,
    // Its own process group, so stopping it stops whatever it spawned.
    detached: true,
    stdio: ["ignore", "pipe", "pipe"],
    env: medusaEnv(db, {
      // A production server refuses to start without real secrets.
      ...localSecrets(root),
      NODE_ENV: "production",
      PORT: String(port),
      MEDUSA_BACKEND_URL: url,
      LOG_LEVEL: process.env.BENCH_SERVER_LOG_LEVEL || "warn",
      // Benchmarks register and log in dozens of customers from one address:
      // the login limits would refuse them (a trusted load test, not production).
      AUTH_RATE_LIMIT: "off",
      ...env,
    }),
  })
  for (const stream of [child.stdout, child.stderr]) {
    stream.on("data", (d) => {
      logs.push(String(d))
      if (logs.length > 200) logs.shift()
      if (process.env.BENCH_SERVER_LOG) fs.appendFileSync(process.env.BENCH_SERVER_LOG, d)
    })
  }
  let exited = null
  child.on("exit", (code, signal) => (exited = signal ?? `exit code ${code}`))

  const stop = () => stopProcessGroup(child)

  const t = Date.now()
  say(`Starting the server (medusa start, NODE_ENV=production) on ${url}...`)
  while (Date.now() - t < timeoutMs) {
    if (exited) break
    try {
      const res = await fetch(`${url}/health`, { signal: AbortSignal.timeout(2000) })
      if (res.ok) {
        say(`Server ready in ${((Date.now() - t) / 1000).toFixed(1)} s`)
        return {
          url,
          stop,
          pid: child.pid,
          /** Why the server stopped, if it did; and its last output. */
          exited: () => exited,
          logs: () => logs.join("").trim().split("\n").slice(-40).join("\n"),
        }
      }
    } catch {}
    await new Promise((r) => setTimeout(r, 250))
  }
  await stop()
  throw new Error(
    `The server ${exited ? `stopped (${exited})` : `did not answer on ${url}/health within ${timeoutMs / 1000} s`}:\n` +
      logs.join("").trim().split("\n").slice(-30).join("\n")
  )
}
