import { consume, forget, giveBack, limitOf, rateLimitsOn, waitInWords } from "../auth-rate-limits"

describe("auth rate limits", () => {
  const env = (extra: Record<string, string> = {}) => ({ AUTH_RATE_LIMIT_PREFIX: `unit-${Math.random()}`, ...extra })

  it("reads each limit from the environment, with defaults, and names a bad value", () => {
    expect(limitOf("login_account", {})).toEqual({ points: 10, seconds: 900 })
    expect(limitOf("login_ip", {})).toEqual({ points: 30, seconds: 900 })
    expect(limitOf("reset_account", { AUTH_RESET_ACCOUNT_LIMIT: "2", AUTH_RESET_ACCOUNT_WINDOW: "60" })).toEqual({ points: 2, seconds: 60 })
    expect(() => limitOf("login_ip", { AUTH_LOGIN_IP_LIMIT: "0" })).toThrow(/AUTH_LOGIN_IP_LIMIT must be a whole number, at least 1 \(got "0"\)/)
    expect(() => limitOf("login_ip", { AUTH_LOGIN_IP_WINDOW: "15m" })).toThrow(/AUTH_LOGIN_IP_WINDOW/)
    expect(rateLimitsOn({})).toBe(true)
    expect(rateLimitsOn({ AUTH_RATE_LIMIT: "OFF" })).toBe(false)
  })

  it("refuses once a key's allowance is used, until given back or forgotten", async () => {
    const e = env({ AUTH_LOGIN_ACCOUNT_LIMIT: "2", AUTH_LOGIN_IP_LIMIT: "100" })
    const checks = [{ name: "login_account" as const, key: "a@example.com" }, { name: "login_ip" as const, key: "10.0.0.1" }]
    expect(await consume(checks, e)).toBeUndefined()
    expect(await consume(checks, e)).toBeUndefined()
    const refused = await consume(checks, e)
    expect(refused?.retryAfterSeconds).toBeGreaterThan(890)
    expect(refused?.retryAfterSeconds).toBeLessThanOrEqual(900)
    // Another account is counted apart.
    expect(await consume([{ name: "login_account", key: "b@example.com" }], e)).toBeUndefined()
    await forget("login_account", "a@example.com", e)
    expect(await consume(checks, e)).toBeUndefined()
    expect(await consume(checks, e)).toBeUndefined()
    await giveBack("login_account", "a@example.com", e)
    expect(await consume(checks, e)).toBeUndefined()
    expect(await consume(checks, e)).toBeDefined()
  })

  it("says when to try again in words", () => {
    expect(waitInWords(1)).toBe("1 second")
    expect(waitInWords(45)).toBe("45 seconds")
    expect(waitInWords(900)).toBe("15 minutes")
    expect(waitInWords(3599)).toBe("60 minutes")
  })
})
