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
    ["format", { format: "mp3" }],
  ])("refuse the signature of one token on another %s", (_, change) => {
    const [, signature] = signAccessToken(claims, secret).split(".")
    const [payload] = signAccessToken({ ...claims, ...change } as AccessClaims, secret).split(".")
    expect(verifyAccessToken(`${payload}.${signature}`, now, secret)).toEqual({ ok: false, reason: "signature" })
  })

  it("carry the copy format asked for (MP3 or AAC of a track), and nothing else in its place", () => {
    const mp3 = { ...claims, format: "mp3" as const }
    expect(verifyAccessToken(signAccessToken(mp3, secret), now, secret)).toEqual({ ok: true, claims: mp3 })
    // A master's token keeps its five fields.
    expect(JSON.parse(Buffer.from(signAccessToken(claims, secret).split(".")[0], "base64url").toString())).toHaveLength(5)
    const sign = (fields: unknown[]) => {
      const payload = Buffer.from(JSON.stringify(fields)).toString("base64url")
      return `${payload}.${require("node:crypto").createHmac("sha256", secret).update(payload).digest("base64url")}`
    }
    const base = [claims.kind, claims.mode, claims.customer_id, claims.id, claims.expires_at]
    expect(verifyAccessToken(sign([...base, "aac"]), now, secret).ok).toBe(true)
    expect(verifyAccessToken(sign([...base, "flac"]), now, secret)).toEqual({ ok: false, reason: "malformed" })
    expect(verifyAccessToken(sign(["album", ...base.slice(1), "mp3"]), now, secret)).toEqual({ ok: false, reason: "malformed" })
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
