type Env = Record<string, string | undefined>

/**
 * Medusa's logger (@medusajs/framework/logger, winston underneath) already
 * writes one JSON object per line outside development (NODE_ENV not "dev..."),
 * with `level` and `message`, and a human, coloured line in development.
 * Its `timestamp` is local time without a zone ("2026-11-28 04:31:35"), which
 * log stores cannot order across servers: here it becomes ISO 8601 in UTC
 * with milliseconds, as on Medusa's own HTTP access lines. Same keys
 * otherwise; errors keep their stack.
 *
 * It swaps the format of the winston logger inside Medusa's Reporter
 * (`loggerInstance_`, as in 2.21.2); the unit test notices if that moves.
 */
export function useUtcLogTimestamps(logger: any, env: Env = process.env) {
  const nodeEnv = env.NODE_ENV || "development"
  if (nodeEnv.startsWith("dev")) return false
  const instance = logger?.loggerInstance_
  if (!instance || typeof instance.log !== "function") return false
  const { format } = require("winston")
  instance.format = format.combine(
    format.timestamp({ format: () => new Date().toISOString() }),
    format.errors({ stack: true }),
    format.splat(),
    format.json()
  )
  return true
}
