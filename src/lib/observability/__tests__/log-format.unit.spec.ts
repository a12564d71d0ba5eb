import { spawnSync } from "node:child_process"
import path from "node:path"

const root = path.resolve(__dirname, "../../../..")
const secrets = { JWT_SECRET: "j".repeat(16) + "K9x-2hQ7vP4mR8sT", COOKIE_SECRET: "c".repeat(16) + "Z3w-8nL5bY1dF6gH" }

/** What Medusa's logger writes in a process that loaded medusa-config.ts, as every Medusa command does. */
function logLines(nodeEnv: string) {
  const script = [
    "require('./medusa-config')",
    "const { logger } = require('@medusajs/framework/logger')",
    "logger.info('store opened')",
    "logger.warn('low on vinyl')",
    "logger.error('order failed', new Error('card declined'))",
    "const id = logger.activity('Creating server')",
    "logger.success(id, 'Server is ready')",
  ].join(";")
  const res = spawnSync(process.execPath, ["-r", "ts-node/register/transpile-only", "-e", script], {
    cwd: root,
    env: { PATH: process.env.PATH, NODE_ENV: nodeEnv, LOG_LEVEL: "info", MEDUSA_DISABLE_TELEMETRY: "true", ...secrets },
    encoding: "utf8",
    timeout: 60_000,
  })
  if (res.status !== 0) throw new Error(res.stderr)
  return res.stdout.split("\n").filter(Boolean)
}

describe("logs", () => {
  it("are one JSON object per line in production, with level, UTC time and message", () => {
    const started = Date.now()
    const lines = logLines("production")
    const entries = lines.map((line) => JSON.parse(line))
    const ours = entries.filter((e) => ["store opened", "low on vinyl", "Creating server", "Server is ready"].includes(e.message) || /^order failed/.test(e.message))
    expect(ours.map((e) => [e.level, e.message])).toEqual([
      ["info", "store opened"],
      ["warn", "low on vinyl"],
      ["error", "order failed: card declined"],
      ["info", "Creating server"],
      ["info", "Server is ready"],
    ])
    for (const e of entries) {
      expect(e.timestamp).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$/)
      expect(Math.abs(Date.parse(e.timestamp) - started)).toBeLessThan(60_000)
    }
    // An error keeps where it came from.
    expect(ours[2].stack).toEqual(expect.any(Array))
  }, 60_000)

  it("stay human in development", () => {
    const plain = logLines("development").map((l) => l.replace(/\x1b\[[0-9;]*m/g, ""))
    expect(plain).toEqual(expect.arrayContaining([expect.stringMatching(/^info:\s+store opened$/), expect.stringMatching(/^warn:\s+low on vinyl$/)]))
    expect(plain.some((l) => l.startsWith("{"))).toBe(false)
  }, 60_000)
})
