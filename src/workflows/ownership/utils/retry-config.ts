/**
 * OWNERSHIP_RETRY_DAYS (default 7): how far back the retry job and the staff
 * list look for orders with no recorded ownership.
 * OWNERSHIP_RETRY_SETTLE_SECONDS (default 120): younger orders are left to
 * their order.placed subscriber.
 */
export function ownershipRetryConfig(env: Record<string, string | undefined>) {
  const num = (v: string | undefined, dflt: number) => (v && Number.isFinite(Number(v)) && Number(v) >= 0 ? Number(v) : dflt)
  return {
    days: num(env.OWNERSHIP_RETRY_DAYS, 7),
    settle_ms: num(env.OWNERSHIP_RETRY_SETTLE_SECONDS, 120) * 1000,
    batch: 20,
  }
}
