import { downloadSecret, downloadUrlTtlSeconds, signAccessToken, verifyAccessToken, type AccessClaims } from "../access-token"

const secret = Buffer.from("a-test-secret-of-at-least-32-characters!")
const now = Date.parse("2026-11-27T12:00:00Z")
const claims: AccessClaims = { kind: "track", mode: "download", customer_id: "cus_1", id: "trk_1", expires_at: now / 1000 + 60 }

describe("signed download tokens", () => {
  it("verify as signed, until they expire", () => {
    const token = signAccessToken(claims, secret)
    expect(verifyAccessToken(token, now, secret)).toEqual({ ok: true, claims })
    expect(verifyAccessToken(token, now + 59_999, secret).ok).toBe(true)
    expect(verifyAccessToken(token, now + 60_000, secret)).toEqual({ ok: false, reason: "expired" })
  })

  it.each([
    ["customer", { customer_id: "cus_2" }],
    ["track", { id: "trk_2" }],
    ["kind", { kind: "album" }],
    ["mode", { mode: "stream" }],
    ["expiry", { expires_at: claims.expires_at + 3600 }],
  ])("refuse the signature of one token on another %s", (_, change) => {
    const [, signature] = signAccessToken(claims, secret).split(".")
    const [payload] = signAccessToken({ ...claims, ...change } as AccessClaims, secret).split(".")
    expect(verifyAccessToken(`${payload}.${signature}`, now, secret)).toEqual({ ok: false, reason: "signature" })
  })

  it("refuse another key's tokens and anything that is not a token", () => {
    const token = signAccessToken(claims, secret)
    expect(verifyAccessToken(token, now, Buffer.from("another-secret-another-secret-xx")).ok).toBe(false)
    for (const bad of ["", "abc", `${token}x`, token.replace(".", ""), `${"a".repeat(3000)}.${token.split(".")[1]}`]) {
      expect(verifyAccessToken(bad, now, secret).ok).toBe(false)
    }
  })

  it("are signed with DOWNLOAD_SECRET, else a key derived from JWT_SECRET, and never with a weak secret in production", () => {
    const own = downloadSecret({ DOWNLOAD_SECRET: "x".repeat(32) })
    const derived = downloadSecret({ JWT_SECRET: "y".repeat(32) })
    expect(own.toString()).toBe("x".repeat(32))
    expect(derived.equals(Buffer.from("y".repeat(32)))).toBe(false)
    expect(derived).toHaveLength(32)
    expect(derived).toEqual(downloadSecret({ JWT_SECRET: "y".repeat(32) }))
    expect(() => downloadSecret({ NODE_ENV: "production", DOWNLOAD_SECRET: "short" })).toThrow(/DOWNLOAD_SECRET/)
    expect(() => downloadSecret({ NODE_ENV: "production" })).toThrow(/JWT_SECRET/)
    // Development without either: a random key of the process, the same for its life.
    expect(downloadSecret({})).toEqual(downloadSecret({}))
  })

  it("last DOWNLOAD_URL_TTL seconds, 15 minutes unless set", () => {
    expect(downloadUrlTtlSeconds({})).toBe(900)
    expect(downloadUrlTtlSeconds({ DOWNLOAD_URL_TTL: "60" })).toBe(60)
    expect(() => downloadUrlTtlSeconds({ DOWNLOAD_URL_TTL: "15m" })).toThrow(/DOWNLOAD_URL_TTL/)
    expect(() => downloadUrlTtlSeconds({ DOWNLOAD_URL_TTL: "0" })).toThrow(/DOWNLOAD_URL_TTL/)
  })
})
