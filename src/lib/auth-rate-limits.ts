import { RateLimiterMemory, RateLimiterRedis, RateLimiterRes, type RateLimiterAbstract } from "rate-limiter-flexible"

/*
 * The limits on guessing passwords and flooding reset emails. Counters live
 * in Redis when REDIS_URL (or AUTH_RATE_LIMIT_REDIS_URL) is set, so every server of a cluster counts the
 * same attempts; otherwise in this process's memory. Each Redis limiter has
 * an in-memory one as insurance: a Redis outage weakens the limit to one
 * server's count instead of failing logins with a 500.
 */

type Env = Record<string, string | undefined>

/** What a limit counts, and its defaults: `points` attempts per `seconds`. */
export const LIMITS = {
  /** Failed logins of one account (the email), whatever the address. */
  login_account: { env: "AUTH_LOGIN_ACCOUNT", points: 10, seconds: 15 * 60 },
  /** Failed logins from one client address, whatever the account. */
  login_ip: { env: "AUTH_LOGIN_IP", points: 30, seconds: 15 * 60 },
  /** Password-reset requests for one account: each may send an email. */
  reset_account: { env: "AUTH_RESET_ACCOUNT", points: 5, seconds: 60 * 60 },
  /** Password-reset requests from one client address. */
  reset_ip: { env: "AUTH_RESET_IP", points: 20, seconds: 60 * 60 },
  /** Customer registrations from one client address. */
  register_ip: { env: "AUTH_REGISTER_IP", points: 10, seconds: 60 * 60 },
} as const

export type LimitName = keyof typeof LIMITS

function whole(env: Env, name: string, fallback: number): number {
  const raw = env[name]?.trim()
  if (!raw) return fallback
  if (!/^\d+$/.test(raw) || Number(raw) < 1) {
    throw new Error(`${name} must be a whole number, at least 1 (got "${raw}").`)
  }
  return Number(raw)
}

/**
 * The limit in force: AUTH_LOGIN_ACCOUNT_LIMIT attempts per
 * AUTH_LOGIN_ACCOUNT_WINDOW seconds, and so on for each name above.
 */
export function limitOf(name: LimitName, env: Env = process.env) {
  const d = LIMITS[name]
  return { points: whole(env, `${d.env}_LIMIT`, d.points), seconds: whole(env, `${d.env}_WINDOW`, d.seconds) }
}

/** AUTH_RATE_LIMIT=off turns every limit off (a trusted load test, never production). */
export function rateLimitsOn(env: Env = process.env) {
  return env.AUTH_RATE_LIMIT?.trim().toLowerCase() !== "off"
}

let redisClient: any
function redis(url: string) {
  if (!redisClient) {
    // ioredis comes with Medusa's Redis modules; loaded only when REDIS_URL is set.
    // eslint-disable-next-line @typescript-eslint/no-var-requires
    const Redis = require("ioredis")
    // Commands wait for the connection (a fresh process's first logins would
    // otherwise be counted by its own memory only, so a guesser spreading
    // attempts over new servers gained some), but only briefly: with Redis
    // unreachable a check fails after one attempt and the insurance limiter
    // counts it.
    redisClient = new Redis(url, { enableOfflineQueue: true, connectTimeout: 1000, maxRetriesPerRequest: 1 })
    redisClient.on("error", () => {})
  }
  return redisClient
}

const limiters = new Map<string, RateLimiterAbstract>()

/** One limiter per name and setting, made on first use (so a test's env is read when its app serves). */
export function limiter(name: LimitName, env: Env = process.env): RateLimiterAbstract {
  const { points, seconds } = limitOf(name, env)
  const prefix = env.AUTH_RATE_LIMIT_PREFIX?.trim() || "chinook:rl"
  // A Redis of its own may be named; by default the deployment's.
  const redisUrl = (env.AUTH_RATE_LIMIT_REDIS_URL || env.REDIS_URL)?.trim()
  const key = `${name}|${points}|${seconds}|${prefix}|${redisUrl ?? ""}`
  let found = limiters.get(key)
  if (!found) {
    const keyPrefix = `${prefix}:${name}`
    const memory = new RateLimiterMemory({ points, duration: seconds, keyPrefix })
    found = redisUrl
      ? new RateLimiterRedis({ storeClient: redis(redisUrl), points, duration: seconds, keyPrefix, insuranceLimiter: memory })
      : memory
    limiters.set(key, found)
  }
  return found
}

export type Refusal = { retryAfterSeconds: number }

/**
 * Takes one attempt from each key's allowance; the first limit already used
 * up refuses (with the seconds until it frees up). Consuming before the
 * attempt, not after, keeps the limit exact under parallel requests.
 */
export async function consume(checks: { name: LimitName; key: string }[], env: Env = process.env): Promise<Refusal | undefined> {
  for (const { name, key } of checks) {
    try {
      await limiter(name, env).consume(key)
    } catch (e) {
      if (e instanceof RateLimiterRes) {
        return { retryAfterSeconds: Math.max(1, Math.ceil(e.msBeforeNext / 1000)) }
      }
      throw e
    }
  }
  return undefined
}

/** Gives an attempt back (a successful login). */
export async function giveBack(name: LimitName, key: string, env: Env = process.env) {
  await limiter(name, env).reward(key, 1)
}

/** Forgets a key's count (its owner just logged in). */
export async function forget(name: LimitName, key: string, env: Env = process.env) {
  await limiter(name, env).delete(key)
}

/** "3 minutes", "45 seconds": when to try again, for people. */
export function waitInWords(seconds: number) {
  if (seconds < 90) return `${seconds} second${seconds === 1 ? "" : "s"}`
  const minutes = Math.ceil(seconds / 60)
  return `${minutes} minutes`
}
