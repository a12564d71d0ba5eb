import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { ensureStoreSetup, StoreSetup } from "../../src/lib/store-setup"
import { ensureStaffLogin } from "../../src/lib/staff-login"
import { registerCustomer } from "../helpers/customer"

jest.setTimeout(120_000)

// Small limits, so that each can be reached in a few requests. The suite's
// generous defaults (integration-tests/setup.js) are replaced before the app
// reads them on its first /auth request.
const LIMITS = {
  AUTH_LOGIN_ACCOUNT_LIMIT: "3",
  AUTH_LOGIN_IP_LIMIT: "6",
  AUTH_RESET_ACCOUNT_LIMIT: "2",
  AUTH_RESET_IP_LIMIT: "4",
  AUTH_REGISTER_IP_LIMIT: "3",
}
Object.assign(process.env, LIMITS)
// The counters in Redis, as on a cluster, wherever a Redis for tests is
// given (.ci/run gives CLUSTER_REDIS_URL); the app's other modules stay
// in memory. Keys carry this run's own prefix (integration-tests/setup.js).
const RATE_REDIS = process.env.AUTH_RATE_LIMIT_REDIS_URL || process.env.REDIS_URL || process.env.CLUSTER_REDIS_URL
if (RATE_REDIS) process.env.AUTH_RATE_LIMIT_REDIS_URL = RATE_REDIS

/** Medusa trusts one proxy hop, so X-Forwarded-For is the client's address, as behind the load balancer. */
const from = (ip: string) => ({ headers: { "x-forwarded-for": ip } })

medusaIntegrationTestRunner({
  inApp: true,
  env: {},
  testSuite: ({ api, getContainer }) => {
    let setup: StoreSetup

    beforeAll(async () => {
      setup = await ensureStoreSetup(getContainer())
    })

    const post = (path: string, body: object, ip: string) => api.post(path, body, from(ip)).catch((e: any) => e.response)

    function expectTooMany(res: any, message: RegExp, windowSeconds: number) {
      expect(res.status).toBe(429)
      expect(res.data).toEqual({ type: "too_many_requests", message: expect.stringMatching(message), retry_after: expect.any(Number) })
      const retryAfter = Number(res.headers["retry-after"])
      expect(retryAfter).toBe(res.data.retry_after)
      expect(retryAfter).toBeGreaterThan(windowSeconds - 60)
      expect(retryAfter).toBeLessThanOrEqual(windowSeconds)
      expect(res.data.message).toMatch(/try again in \d+ (minutes|seconds?)\./)
    }

    it("locks an account's login after its failures, from any address, for customers and staff alike; other accounts go on", async () => {
      // Registered from an address of its own: registrations have their own limit.
      await registerCustomer(api, setup.publishable_key, { email: "target@example.com", password: "right-pass-1" })
      await ensureStaffLogin(getContainer(), { email: "boss@example.com", password: "boss-pass-123" })

      for (const ip of ["10.1.0.1", "10.1.0.2", "10.1.0.3"]) {
        expect((await post("/auth/customer/emailpass", { email: "target@example.com", password: "guess" }, ip)).status).toBe(401)
      }
      // Even the right password, from yet another address, waits: the guesser cannot learn it now.
      const locked = await post("/auth/customer/emailpass", { email: "Target@Example.com ", password: "right-pass-1" }, "10.1.0.4")
      expectTooMany(locked, /^Too many failed logins; try again in 15 minutes\.$/, 15 * 60)

      // Another customer, from the same addresses, is not concerned.
      await registerCustomer(api, setup.publishable_key, { email: "bystander@example.com", password: "bystander-1" })
      expect((await post("/auth/customer/emailpass", { email: "bystander@example.com", password: "bystander-1" }, "10.1.0.1")).status).toBe(200)

      // The admin's login is limited the same way.
      for (const ip of ["10.1.1.1", "10.1.1.2", "10.1.1.3"]) {
        expect((await post("/auth/user/emailpass", { email: "boss@example.com", password: "guess" }, ip)).status).toBe(401)
      }
      expectTooMany(await post("/auth/user/emailpass", { email: "boss@example.com", password: "boss-pass-123" }, "10.1.1.4"), /failed logins/, 15 * 60)
    })

    it("does not count successful logins, and a success clears the account's failures", async () => {
      await registerCustomer(api, setup.publishable_key, { email: "regular@example.com", password: "regular-pass" })
      const ip = "10.2.0.1"
      // More logins than either limit allows failures.
      for (let i = 0; i < 8; i++) {
        expect((await post("/auth/customer/emailpass", { email: "regular@example.com", password: "regular-pass" }, ip)).status).toBe(200)
      }
      // Two typos, a success, two typos, a success: never 3 failures in a row for the account.
      for (let round = 0; round < 2; round++) {
        for (let i = 0; i < 2; i++) {
          expect((await post("/auth/customer/emailpass", { email: "regular@example.com", password: "typo" }, ip)).status).toBe(401)
        }
        expect((await post("/auth/customer/emailpass", { email: "regular@example.com", password: "regular-pass" }, ip)).status).toBe(200)
      }
    })

    it("limits failed logins from one address across many accounts", async () => {
      const ip = "10.3.0.1"
      for (let i = 0; i < 6; i++) {
        expect((await post("/auth/customer/emailpass", { email: `nobody${i}@example.com`, password: "guess-pass" }, ip)).status).toBe(401)
      }
      expectTooMany(await post("/auth/user/emailpass", { email: "nobody-else@example.com", password: "guess-pass" }, ip), /failed logins/, 15 * 60)
      // A body with no email at all is still counted against the address.
      expect((await post("/auth/customer/emailpass", {}, ip)).status).toBe(429)
      // Another address is not.
      expect((await post("/auth/customer/emailpass", { email: "nobody0@example.com", password: "guess-pass" }, "10.3.0.2")).status).toBe(401)
    })

    it("limits password-reset requests per account and per address", async () => {
      for (const ip of ["10.4.0.1", "10.4.0.2"]) {
        expect((await post("/auth/customer/emailpass/reset-password", { identifier: "target@example.com" }, ip)).status).toBe(201)
      }
      expectTooMany(
        await post("/auth/customer/emailpass/reset-password", { identifier: "TARGET@example.com" }, "10.4.0.3"),
        /^Too many password-reset requests; try again in 60 minutes\.$/,
        60 * 60
      )

      // Per address, over several accounts, at the admin's reset too.
      const ip = "10.4.1.1"
      for (let i = 0; i < 4; i++) {
        expect((await post("/auth/user/emailpass/reset-password", { identifier: `staff${i}@example.com` }, ip)).status).toBe(201)
      }
      expectTooMany(await post("/auth/user/emailpass/reset-password", { identifier: "staff9@example.com" }, ip), /password-reset requests/, 60 * 60)
    })

    it("limits registrations per address", async () => {
      const ip = "10.5.0.1"
      for (let i = 0; i < 3; i++) {
        const res = await post("/auth/customer/emailpass/register", { email: `new${i}@example.com`, password: "new-pass-123" }, ip)
        expect(res.status).toBe(200)
      }
      const refused = await post("/auth/customer/emailpass/register", { email: "new9@example.com", password: "new-pass-123" }, ip)
      expectTooMany(refused, /^Too many registrations from this address; try again in 60 minutes\.$/, 60 * 60)
    })

    // Without a Redis the tests above ran on the in-memory store.
    ;(RATE_REDIS ? it : it.skip)("keeps its counts in Redis (REDIS_URL, AUTH_RATE_LIMIT_REDIS_URL or CLUSTER_REDIS_URL), where every server reads them", async () => {
      const Redis = require("ioredis")
      const redis = new Redis(RATE_REDIS)
      try {
        const key = `${process.env.AUTH_RATE_LIMIT_PREFIX}:login_account:target@example.com`
        expect(Number(await redis.get(key))).toBeGreaterThanOrEqual(3)
        expect(await redis.pttl(key)).toBeGreaterThan(0)
      } finally {
        redis.disconnect()
      }
    })
  },
})
