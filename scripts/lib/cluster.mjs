// Several Medusa processes as production runs them, on one machine: N API
// servers (MEDUSA_WORKER_MODE=server) and M workers (MEDUSA_WORKER_MODE=worker)
// sharing one PostgreSQL database and one Redis, with a small round-robin
// proxy in front of the servers on one port. Used by `npm run cluster`
// (scripts/start.mjs --cluster), the cluster tests and bench:load.
//
// With REDIS_URL set, medusa-config.ts puts the event bus, workflow engine,
// locking, caching and sessions in Redis: that is what lets a cart completed
// on one server lock against the other and an event emitted by a server reach
// the worker. Servers process no events and run no scheduled jobs; workers
// serve no API (Medusa loads neither routes nor the admin in worker mode, but
// they still answer /health on their own port, which is how we know they are
// up).
//
// Redis queues and keys are not namespaced per database: two clusters on one
// Redis database would consume each other's events. Give each cluster a Redis
// database of its own (redis://127.0.0.1:6379/N) or a Redis of its own.
import { spawn } from "node:child_process"
import fs from "node:fs"
import http from "node:http"
import path from "node:path"
import { fileURLToPath } from "node:url"
import { freePort } from "./embedded-db.mjs"
import { stopProcessGroup } from "./exec.mjs"
import { localSecrets } from "./secrets.mjs"

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..", "..")

// Hop-by-hop headers (RFC 9110 7.6.1): about one connection, never forwarded.
const HOP_BY_HOP = new Set([
  "connection",
  "keep-alive",
  "proxy-connection",
  "transfer-encoding",
  "te",
  "trailer",
  "upgrade",
  "proxy-authorization",
  "proxy-authenticate",
])

const sleep = (ms) => new Promise((r) => setTimeout(r, ms))

/** "up", "down" (refused or an error answer) or "slow" (no answer in time: a busy server is not a dead one). */
async function health(url, timeoutMs = 1500) {
  try {
    const res = await fetch(`${url}/health`, { signal: AbortSignal.timeout(timeoutMs) })
    await res.arrayBuffer().catch(() => {})
    return res.ok ? "up" : "down"
  } catch (e) {
    return e?.name === "TimeoutError" ? "slow" : "down"
  }
}
const healthy = async (url, timeoutMs) => (await health(url, timeoutMs)) === "up"

/**
 * One Medusa process (`medusa start`) that can be stopped and started again on
 * the same port.
 */
class MedusaProcess {
  constructor({ name, mode, port, cwd, env, log, onExit }) {
    Object.assign(this, { name, mode, port, cwd, env, log, onExit })
    this.url = `http://127.0.0.1:${port}`
    this.child = null
    this.output = []
    this.exited = null
  }

  get running() {
    return !!this.child && this.child.exitCode === null && this.child.signalCode === null
  }

  /** Spawns the process and resolves once /health answers 200. */
  async start({ timeoutMs = 180_000 } = {}) {
    if (this.running) return
    this.exited = null
    this.stopping = false
    const child = spawn(process.execPath, [path.join(ROOT, "node_modules", "@medusajs", "cli", "cli.js"), "start"], {
      cwd: this.cwd,
      // Its own process group, so stop() also stops whatever it spawned.
      detached: true,
      stdio: ["ignore", "pipe", "pipe"],
      env: { ...this.env, PORT: String(this.port) },
    })
    this.child = child
    for (const stream of [child.stdout, child.stderr]) {
      let buf = ""
      stream.on("data", (chunk) => {
        buf += chunk
        const lines = buf.split("\n")
        buf = lines.pop()
        for (const line of lines) {
          this.output.push(line)
          if (this.output.length > 300) this.output.shift()
          this.log?.(this.name, line)
        }
      })
    }
    child.on("exit", (code, signal) => {
      this.exited = signal ?? `exit code ${code}`
      if (!this.stopping) this.onExit?.(this, this.exited)
    })
    const until = Date.now() + timeoutMs
    while (Date.now() < until) {
      if (this.child !== child || !this.running) break
      if (await healthy(this.url)) return
      await sleep(200)
    }
    const why = this.running ? `did not answer ${this.url}/health within ${timeoutMs / 1000} s` : `stopped (${this.exited})`
    await this.stop()
    throw new Error(`${this.name} ${why}; its last output:\n${this.logs(30)}`)
  }

  /** SIGINT (Medusa shuts down gracefully), SIGKILL after `graceMs`; `force`: SIGKILL at once. */
  async stop({ force = false, graceMs = 10_000 } = {}) {
    if (!this.child) return
    this.stopping = true
    await stopProcessGroup(this.child, force ? 0 : graceMs)
  }

  /** The last `n` lines it printed. */
  logs(n = 40) {
    return this.output.slice(-n).join("\n")
  }
}

/**
 * Round-robin over the servers the health checks find up. A request whose
 * connection a server refuses went nowhere, so it is sent to the next one;
 * any other failure once the request went out is answered 502, since the
 * server may have acted on it (a cart completion must not be sent twice).
 */
function createProxy({ backends, healthIntervalMs }) {
  let next = 0
  const pick = (exclude) => {
    let up = backends.filter((b) => b.up && !exclude.has(b))
    // None known up (all slow to answer their checks, say): any server not
    // stopped on purpose; one that is really down refuses and the next is tried.
    if (!up.length) up = backends.filter((b) => !b.held && !exclude.has(b))
    if (!up.length) return undefined
    return up[next++ % up.length]
  }

  const server = http.createServer((req, res) => {
    const chunks = []
    req.on("data", (c) => chunks.push(c))
    req.on("error", () => res.destroy())
    req.on("end", () => forward(req, res, Buffer.concat(chunks), new Set()))
  })
  server.keepAliveTimeout = 65_000

  function forward(req, res, body, tried, retried = false) {
    const backend = pick(tried)
    if (!backend) {
      if (!res.headersSent) {
        res.writeHead(503, { "content-type": "application/json", "retry-after": "1" })
        res.end(JSON.stringify({ type: "unavailable", message: "No API server of the cluster is up." }))
      }
      return
    }
    tried.add(backend)
    const headers = {}
    for (const [k, v] of Object.entries(req.headers)) if (!HOP_BY_HOP.has(k)) headers[k] = v
    const client = req.socket.remoteAddress ?? ""
    headers["x-forwarded-for"] = req.headers["x-forwarded-for"] ? `${req.headers["x-forwarded-for"]}, ${client}` : client
    headers["x-forwarded-proto"] ??= "http"
    if (req.headers.host) headers["x-forwarded-host"] ??= req.headers.host
    if (body.length || req.headers["content-length"] !== undefined) headers["content-length"] = String(body.length)

    const upstream = http.request(
      { host: "127.0.0.1", port: backend.port, method: req.method, path: req.url, headers, agent: backend.agent },
      (up) => {
        const raw = []
        for (let i = 0; i < up.rawHeaders.length; i += 2) {
          if (!HOP_BY_HOP.has(up.rawHeaders[i].toLowerCase())) raw.push(up.rawHeaders[i], up.rawHeaders[i + 1])
        }
        // Which server answered: for logs and for tests that spread requests.
        raw.push("x-served-by", backend.name)
        res.writeHead(up.statusCode, up.statusMessage, raw)
        up.pipe(res)
        up.on("error", () => res.destroy())
      }
    )
    upstream.on("error", (e) => {
      if (e.code === "ECONNREFUSED") {
        // Nothing reached it: it is down (stopped or restarting); try another.
        backend.up = false
        return forward(req, res, body, tried)
      }
      if (e.code === "ECONNRESET" && upstream.reusedSocket && !res.headersSent && !retried) {
        // The server closed an idle keep-alive connection as this request
        // went out on it: it read nothing, so send it again (as Node's docs advise).
        tried.delete(backend)
        return forward(req, res, body, tried, true)
      }
      if (!res.headersSent) {
        res.writeHead(502, { "content-type": "application/json" })
        res.end(JSON.stringify({ type: "bad_gateway", message: `The API server failed to answer (${e.code ?? e.message}).` }))
      } else {
        res.destroy()
      }
    })
    res.on("close", () => {
      if (!res.writableFinished) upstream.destroy()
    })
    upstream.end(body)
  }

  // Health checks: a server that refuses connections, or leaves three checks
  // in a row unanswered, gets no new requests until it answers again.
  const timer = setInterval(() => {
    for (const b of backends) {
      if (b.checking || b.held) continue
      b.checking = true
      health(b.url, Math.max(1000, healthIntervalMs)).then((state) => {
        b.checking = false
        b.slow = state === "slow" ? (b.slow ?? 0) + 1 : 0
        if (!b.held) b.up = state === "up" || (state === "slow" && b.slow < 3)
      })
    }
  }, healthIntervalMs)
  timer.unref()

  return {
    server,
    close: () =>
      new Promise((resolve) => {
        clearInterval(timer)
        server.closeAllConnections?.()
        server.close(() => resolve())
      }),
  }
}

/**
 * Starts a cluster and resolves once every process answers /health.
 *
 * @param {object} opts
 * @param {number} [opts.servers] API servers (MEDUSA_WORKER_MODE=server), default 2
 * @param {number} [opts.workers] workers (MEDUSA_WORKER_MODE=worker), default 1
 * @param {number} [opts.port] the proxy's port (default: a free one)
 * @param {string} opts.databaseUrl PostgreSQL database, migrated
 * @param {string} opts.redisUrl Redis all processes share (use a database of its own: redis://host:6379/N)
 * @param {Record<string,string>} [opts.env] more environment for every process
 * @param {string} [opts.serverDir] where `medusa start` runs: the project root
 *   (default; TypeScript sources, compiled as they load, no build needed) or
 *   a `medusa build` output (.medusa/server, with node_modules linked in)
 * @param {boolean} [opts.admin] servers serve the admin (needs a build with it); default false
 * @param {string} [opts.nodeEnv] default "production"
 * @param {(name: string, line: string) => void} [opts.log] each line the processes print
 * @param {(proc: object, why: string) => void} [opts.onExit] a process stopped without stop()
 * @param {number} [opts.healthIntervalMs] proxy health checks, default 1000
 * @param {number} [opts.timeoutMs] per process, to answer /health, default 180000
 * @param {AbortSignal} [opts.signal] aborting while it starts stops everything (the promise rejects)
 * @returns {Promise<{url: string, port: number,
 *   servers: {name: string, url: string, port: number, start(): Promise<void>, stop(o?: {force?: boolean}): Promise<void>, logs(n?: number): string}[],
 *   workers: {name: string, url: string, port: number, start(): Promise<void>, stop(o?: {force?: boolean}): Promise<void>, logs(n?: number): string}[],
 *   stop(): Promise<void>}>}
 */
export async function startCluster({
  servers = 2,
  workers = 1,
  port,
  databaseUrl,
  redisUrl,
  env = {},
  serverDir = ROOT,
  admin = false,
  nodeEnv = "production",
  log,
  onExit,
  healthIntervalMs = 1000,
  timeoutMs = 180_000,
  signal,
} = {}) {
  if (!databaseUrl) throw new Error("startCluster: databaseUrl is required.")
  if (!redisUrl || !/^rediss?:\/\//.test(redisUrl)) {
    throw new Error(`startCluster: redisUrl must look like redis://host:6379[/db], got "${redisUrl}".`)
  }
  if (servers < 1) throw new Error("startCluster: at least one server.")
  if (!fs.existsSync(path.join(serverDir, "medusa-config.js")) && !fs.existsSync(path.join(serverDir, "medusa-config.ts"))) {
    throw new Error(`startCluster: no medusa-config in ${serverDir}.`)
  }

  const proxyPort = port ?? (await freePort())
  const url = `http://localhost:${proxyPort}`
  const base = {
    ...process.env,
    MEDUSA_DISABLE_TELEMETRY: "true",
    // A production process refuses the published default secrets: the
    // environment's, else the ones this checkout keeps in .data/secrets.json.
    ...localSecrets(ROOT),
    NODE_ENV: nodeEnv,
    DATABASE_URL: databaseUrl,
    REDIS_URL: redisUrl,
    // What the admin and file URLs name: the proxy, the one public address.
    MEDUSA_BACKEND_URL: url,
    LOG_LEVEL: process.env.LOG_LEVEL || "warn",
    ...env,
  }

  const procs = { server: [], worker: [] }
  const make = async (mode, i) => {
    const p = new MedusaProcess({
      name: `${mode}-${i + 1}`,
      mode,
      port: await freePort(),
      cwd: serverDir,
      env: {
        ...base,
        MEDUSA_WORKER_MODE: mode,
        // Workers load no admin anyway; servers serve it only if asked.
        DISABLE_ADMIN: mode === "server" && admin ? (env.DISABLE_ADMIN ?? process.env.DISABLE_ADMIN ?? "false") : "true",
      },
      log,
      onExit: (proc, why) => {
        if (proc.backend) proc.backend.up = false
        onExit?.(proc, why)
      },
    })
    procs[mode].push(p)
    return p
  }
  for (let i = 0; i < servers; i++) await make("server", i)
  for (let i = 0; i < workers; i++) await make("worker", i)

  const backends = procs.server.map((p) => {
    const b = { name: p.name, url: p.url, port: p.port, up: false, held: true, agent: new http.Agent({ keepAlive: true, maxSockets: 256 }) }
    p.backend = b
    return b
  })
  const proxy = createProxy({ backends, healthIntervalMs })
  await new Promise((resolve, reject) => {
    proxy.server.once("error", (e) =>
      reject(e.code === "EADDRINUSE" ? new Error(`Port ${proxyPort} is already in use.`) : e)
    )
    proxy.server.listen(proxyPort, resolve)
  })

  const handle = (p) => ({
    name: p.name,
    url: p.url,
    port: p.port,
    /** The process's pid while it runs (its CPU, in the load bench). */
    get pid() {
      return p.child?.pid
    },
    get running() {
      return p.running
    },
    get exited() {
      return p.exited
    },
    logs: (n) => p.logs(n),
    async start() {
      await p.start({ timeoutMs })
      if (p.backend) {
        p.backend.held = false
        p.backend.up = true
      }
    },
    async stop(opts) {
      if (p.backend) {
        // Out of the rotation first, and its idle connections closed.
        p.backend.held = true
        p.backend.up = false
      }
      await p.stop(opts)
      p.backend?.agent.destroy()
    },
  })
  const cluster = {
    url,
    port: proxyPort,
    servers: procs.server.map(handle),
    workers: procs.worker.map(handle),
    async stop() {
      await proxy.close()
      await Promise.all([...cluster.servers, ...cluster.workers].map((h) => h.stop()))
    },
  }
  const abort = () => cluster.stop()
  signal?.addEventListener("abort", abort, { once: true })
  try {
    if (signal?.aborted) throw new Error("startCluster: aborted.")
    // All at once: each boot is mostly CPU, but also waits on the database.
    await Promise.all([...cluster.servers, ...cluster.workers].map((h) => h.start()))
    if (signal?.aborted) throw new Error("startCluster: aborted.")
  } catch (e) {
    await cluster.stop()
    throw e
  } finally {
    signal?.removeEventListener("abort", abort)
  }
  return cluster
}
