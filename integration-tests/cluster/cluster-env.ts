import { fork, spawn } from "node:child_process"
import { randomBytes } from "node:crypto"
import fs from "node:fs"
import os from "node:os"
import path from "node:path"
import axios, { type AxiosInstance } from "axios"
import Redis from "ioredis"
import { Client, Pool } from "pg"
import type { StoreSetup } from "../../src/lib/store-setup"
import { migrationKey, TEMPLATE_PREFIX, templateExists } from "../helpers/database-templates"
import type { TestAlbum } from "../helpers/staff-side"

/*
 * What the cluster tests run on: a PostgreSQL database and a Redis database
 * of their own, migrated and stocked with one small album, and Medusa's
 * processes started by scripts/lib/cluster.mjs (through cluster-host.mjs).
 * Everything is made fresh for the file and dropped after it.
 */

const ROOT = path.resolve(__dirname, "../..")

/** The machine's Redis for these tests. Not REDIS_URL: that would move every other test onto Redis. */
export const CLUSTER_REDIS_URL = process.env.CLUSTER_REDIS_URL || ""

export type Fixture = { setup: StoreSetup; album: TestAlbum }

const log = (m: string) => process.stderr.write(`[cluster tests] ${m}\n`)

// ---- PostgreSQL: the server the other tests use (scripts/test.mjs's DB_* variables).

function serverConfig(database: string) {
  return {
    host: process.env.DB_HOST || "localhost",
    port: Number(process.env.DB_PORT || 5432),
    user: process.env.DB_USERNAME || "postgres",
    password: process.env.DB_PASSWORD || undefined,
    database,
  }
}

function databaseUrl(name: string) {
  const c = serverConfig(name)
  const auth = c.password ? `${encodeURIComponent(c.user)}:${encodeURIComponent(c.password)}` : encodeURIComponent(c.user)
  return `postgres://${auth}@${c.host}:${c.port}/${encodeURIComponent(name)}`
}

async function onServer<T>(fn: (client: Client) => Promise<T>): Promise<T> {
  const client = new Client(serverConfig(process.env.DB_WAITINGROOM_DATABASE || "postgres"))
  await client.connect()
  try {
    return await fn(client)
  } finally {
    await client.end().catch(() => {})
  }
}

const quoteIdent = (name: string) => `"${name.replace(/"/g, '""')}"`

async function createDatabase(name: string, template = "template0") {
  await onServer((c) => c.query(`CREATE DATABASE ${quoteIdent(name)} ENCODING 'UTF8' TEMPLATE ${quoteIdent(template)}`))
}

/**
 * The database this `npm test` run migrated once for the store's usual
 * configuration (integration-tests/helpers/database-templates.ts), when an
 * earlier file made it. A copy of it lacks only the Redis modules' own
 * migrations: migrating it takes about half as long as migrating afresh.
 */
async function runTemplate(): Promise<string | undefined> {
  if (!TEMPLATE_PREFIX) return undefined
  // Loaded as the other tests load it: without REDIS_URL.
  const config = require("../../medusa-config").default
  const name = `${TEMPLATE_PREFIX}-m-${migrationKey(config)}`
  return (await templateExists(name)) ? name : undefined
}

async function dropDatabase(name: string) {
  await onServer(async (c) => {
    const exists = await c.query("SELECT 1 FROM pg_database WHERE datname = $1", [name])
    if (!exists.rowCount) return
    await c.query(`ALTER DATABASE ${quoteIdent(name)} WITH ALLOW_CONNECTIONS false`)
    await c.query("SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = $1", [name])
    await c.query(`DROP DATABASE IF EXISTS ${quoteIdent(name)}`)
  })
}

// ---- Redis: a numbered database nobody uses, claimed with a key of ours.

const CLAIM_KEY = "chinook:cluster-tests:claim"

/**
 * Picks a numbered Redis database that is empty (so no other program uses
 * it) and claims it with a key, so that a concurrent run picks another one.
 * Medusa's queues and locks use fixed key names: a database of their own is
 * what keeps them apart from other users of the same Redis.
 */
async function claimRedisDatabase(base: string): Promise<{ url: string; release: () => Promise<void> }> {
  const token = randomBytes(8).toString("hex")
  for (let db = 15; db >= 1; db--) {
    const redis = new Redis(base, { db, lazyConnect: true, maxRetriesPerRequest: 1, retryStrategy: () => null })
    let failure: Error | undefined
    redis.on("error", (e) => (failure = e))
    try {
      await redis.connect()
    } catch (e: any) {
      redis.disconnect()
      const why = (failure ?? e)?.message ?? String(e)
      throw new Error(`CLUSTER_REDIS_URL: cannot use ${base} (${why}). Start Redis, or unset CLUSTER_REDIS_URL to skip the cluster tests.`)
    }
    try {
      if ((await redis.dbsize()) !== 0) continue
      if ((await redis.set(CLAIM_KEY, token, "EX", 3600, "NX")) !== "OK") continue
      if ((await redis.dbsize()) !== 1) {
        await redis.del(CLAIM_KEY)
        continue
      }
      const url = new URL(base)
      url.pathname = `/${db}`
      return {
        url: url.toString(),
        release: async () => {
          const r = new Redis(base, { db, maxRetriesPerRequest: 1 })
          try {
            // Only while it is still ours: a database claimed since by another run is left alone.
            if ((await r.get(CLAIM_KEY)) === token) await r.flushdb()
          } finally {
            r.disconnect()
          }
        },
      }
    } finally {
      redis.disconnect()
    }
  }
  throw new Error(`No empty Redis database (1-15) on ${base} for the cluster tests.`)
}

/** How many events wait in Medusa's Redis event queue or are being handled (BullMQ's lists and sets). */
export async function pendingEvents(redis: Redis) {
  const q = "RedisEventBusService:events-queue"
  const [wait, active, delayed, prioritized, paused] = await Promise.all([
    redis.llen(`${q}:wait`),
    redis.llen(`${q}:active`),
    redis.zcard(`${q}:delayed`),
    redis.zcard(`${q}:prioritized`),
    redis.llen(`${q}:paused`),
  ])
  return wait + active + delayed + prioritized + paused
}

// ---- Medusa's commands and the cluster.

function withoutJest(env: NodeJS.ProcessEnv): NodeJS.ProcessEnv {
  // jest's NODE_OPTIONS (VM modules, a 12 GB heap) are not for the servers.
  const { NODE_OPTIONS, JEST_WORKER_ID, REDIS_URL, DATABASE_URL, ...rest } = env
  return rest
}

function medusa(args: string[], env: NodeJS.ProcessEnv, timeoutMs = 180_000) {
  return new Promise<string>((resolve, reject) => {
    const child = spawn(path.join(ROOT, "node_modules/.bin/medusa"), args, { cwd: ROOT, env, stdio: ["ignore", "pipe", "pipe"], detached: true })
    let out = ""
    child.stdout!.on("data", (d) => (out += d))
    child.stderr!.on("data", (d) => (out += d))
    const timer = setTimeout(() => {
      try {
        process.kill(-child.pid!, "SIGKILL")
      } catch {}
    }, timeoutMs)
    child.on("error", reject)
    child.on("exit", (code, signal) => {
      clearTimeout(timer)
      if (code === 0) resolve(out)
      else reject(new Error(`medusa ${args.join(" ")} failed (${signal ?? code}):\n${out.slice(-3000)}`))
    })
  })
}

export type ClusterHandle = {
  /** The proxy in front of the servers. */
  url: string
  /** Each server's own address. */
  servers: string[]
  /** Stops one process: SIGINT (Medusa shuts down gracefully), or SIGKILL at once with `force`. */
  stop(kind: "servers" | "workers", index: number, options?: { force?: boolean }): Promise<void>
  start(kind: "servers" | "workers", index: number): Promise<void>
  shutdown(): Promise<void>
}

async function startClusterHost(options: Record<string, unknown>, env: NodeJS.ProcessEnv, timeoutMs = 180_000): Promise<ClusterHandle> {
  const child = fork(path.join(__dirname, "cluster-host.mjs"), [], {
    cwd: ROOT,
    env: { ...env, CLUSTER_HOST_OPTIONS: JSON.stringify(options) },
    stdio: ["ignore", "inherit", "inherit", "ipc"],
    execArgv: [],
  })
  const waiting = new Map<number, { resolve: () => void; reject: (e: Error) => void }>()
  let nextId = 1
  const ready = new Promise<{ url: string; servers: string[] }>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`The cluster did not start within ${timeoutMs / 1000} s`)), timeoutMs)
    child.on("message", (m: any) => {
      if ("ready" in m) {
        clearTimeout(timer)
        if (m.ready) resolve(m)
        else reject(new Error(`The cluster did not start: ${m.error}`))
        return
      }
      const w = waiting.get(m.id)
      if (!w) return
      waiting.delete(m.id)
      if (m.error) w.reject(new Error(m.error))
      else w.resolve()
    })
    child.on("exit", (code) => {
      clearTimeout(timer)
      reject(new Error(`The cluster host exited (${code})`))
      for (const w of waiting.values()) w.reject(new Error(`The cluster host exited (${code})`))
      waiting.clear()
    })
  })
  const exited = new Promise<void>((resolve) => child.once("exit", () => resolve()))
  const send = (message: object) =>
    new Promise<void>((resolve, reject) => {
      if (!child.connected) return reject(new Error("The cluster host is gone"))
      const id = nextId++
      waiting.set(id, { resolve, reject })
      child.send({ id, ...message })
    })
  const kill = async () => {
    if (child.exitCode === null && child.signalCode === null) child.kill("SIGTERM")
    await Promise.race([exited, new Promise((r) => setTimeout(r, 30_000))])
    if (child.exitCode === null && child.signalCode === null) child.kill("SIGKILL")
  }
  let info: { url: string; servers: string[] }
  try {
    info = await ready
  } catch (e) {
    await kill()
    throw e
  }
  return {
    url: info.url,
    servers: info.servers,
    stop: (kind, index, options) => send({ cmd: "stop", kind, index, options }),
    start: (kind, index) => send({ cmd: "start", kind, index }),
    shutdown: async () => {
      await send({ cmd: "shutdown" }).catch((e) => log(`cluster shutdown: ${e.message}`))
      if (child.connected) child.disconnect()
      await kill()
    },
  }
}

// ---- All of it together.

export type ClusterEnv = {
  cluster: ClusterHandle
  fixture: Fixture
  /** Queries on the cluster's database. */
  db: Pool
  /** The cluster's Redis database. */
  redis: Redis
  /** A client of one server (axios, as the HTTP tests' `api`). */
  api(server: number): AxiosInstance
  /** A client of the proxy in front of the servers. */
  proxy: AxiosInstance
  stop(): Promise<void>
}

/**
 * A fresh database (migrated, with the store's setup and one album) and a
 * Redis database, then the cluster on them. `stop` takes all of it down.
 */
export async function startClusterEnv({ servers = 2, workers = 1 } = {}): Promise<ClusterEnv> {
  const started = Date.now()
  const secs = () => `${((Date.now() - started) / 1000).toFixed(1)} s`
  const name = `chinook-cluster-${randomBytes(4).toString("hex")}`
  const undo: (() => Promise<unknown>)[] = []
  const stop = async () => {
    for (const step of undo.reverse()) await step().catch((e) => log(`cleanup: ${e?.message ?? e}`))
  }
  try {
    const redisDb = await claimRedisDatabase(CLUSTER_REDIS_URL)
    undo.push(redisDb.release)
    const template = await runTemplate().catch(() => undefined)
    await createDatabase(name, template).catch(async (e) => {
      if (!template) throw e
      log(`could not copy ${template} (${e.message}); migrating afresh`)
      await createDatabase(name)
    })
    undo.push(() => dropDatabase(name))
    const url = databaseUrl(name)
    const env: NodeJS.ProcessEnv = {
      ...withoutJest(process.env),
      DATABASE_URL: url,
      REDIS_URL: redisDb.url,
      // Every server must verify the tokens the others sign.
      JWT_SECRET: randomBytes(24).toString("hex"),
      COOKIE_SECRET: randomBytes(24).toString("hex"),
      LOG_LEVEL: process.env.CLUSTER_LOG_LEVEL || "error",
      MEDUSA_DISABLE_TELEMETRY: "true",
      DISABLE_ADMIN: "true",
      // Small enough to reach in a test; only failed logins count, so the
      // other tests' logins never come near it.
      AUTH_LOGIN_ACCOUNT_LIMIT: "4",
    }
    await medusa(["db:migrate"], env)
    log(`database ${name} migrated${template ? ` from a copy of ${template}` : ""} (${secs()})`)
    const fixtureFile = path.join(fs.mkdtempSync(path.join(os.tmpdir(), "chinook-cluster-")), "fixture.json")
    undo.push(async () => fs.rmSync(path.dirname(fixtureFile), { recursive: true, force: true }))
    const db = new Pool({ connectionString: url, max: 3 })
    undo.push(() => db.end())
    const redis = new Redis(redisDb.url, { maxRetriesPerRequest: 2 })
    undo.push(async () => redis.disconnect())

    // The store is set up first: its boot makes Medusa's defaults (store,
    // currencies, price preferences), which every process also makes at boot
    // when missing; several processes booting at once on an empty database
    // race on them and one stops ("Price preference ... already exists").
    await medusa(["exec", "./integration-tests/cluster/store-fixture.ts"], { ...env, CLUSTER_FIXTURE_FILE: fixtureFile })
    const fixture = JSON.parse(fs.readFileSync(fixtureFile, "utf8")) as Fixture
    log(`store set up (${secs()})`)
    // The cluster runs as production does (the launcher's NODE_ENV).
    const { NODE_ENV, ...clusterEnv } = env
    const booting = startClusterHost({ servers, workers, databaseUrl: url, redisUrl: redisDb.url, env: clusterEnv }, clusterEnv)
    undo.push(() => booting.then((c) => c.shutdown(), () => {}))
    const cluster = await booting
    log(`cluster of ${servers} servers and ${workers} worker(s) up at ${cluster.url} (${secs()})`)

    const client = (baseURL: string) => axios.create({ baseURL, timeout: 60_000 })
    const apis = cluster.servers.map(client)
    return { cluster, fixture, db, redis, api: (i) => apis[i % apis.length], proxy: client(cluster.url), stop }
  } catch (e) {
    await stop()
    throw e
  }
}
