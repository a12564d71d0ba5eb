import { verifyAccessToken } from "../access-token"
import { emailedAlbumDownload, emailedUrlTtlSeconds } from "../emailed-urls"

describe("download links in emails", () => {
  it("last 72 hours unless DOWNLOAD_EMAIL_URL_TTL says otherwise, and refuse a bad value by name", () => {
    expect(emailedUrlTtlSeconds({})).toBe(72 * 3600)
    expect(emailedUrlTtlSeconds({ DOWNLOAD_EMAIL_URL_TTL: "3600" })).toBe(3600)
    for (const bad of ["0", "59", "1h", "-5", "1.5"]) {
      expect(() => emailedUrlTtlSeconds({ DOWNLOAD_EMAIL_URL_TTL: bad })).toThrow(/DOWNLOAD_EMAIL_URL_TTL/)
    }
  })

  it("point at the backend's signed download route for the customer's album, from the environment only", () => {
    const env = { MEDUSA_BACKEND_URL: "https://api.chinook.test/", DOWNLOAD_EMAIL_URL_TTL: "7200" }
    const before = Date.now()
    const link = emailedAlbumDownload("cus_1", "alb_1", env)
    const url = new URL(link.url)
    expect(`${url.origin}${url.pathname.split("/").slice(0, 2).join("/")}`).toBe("https://api.chinook.test/downloads")
    const verified = verifyAccessToken(url.pathname.split("/").pop()!)
    expect(verified).toMatchObject({ ok: true, claims: { kind: "album", mode: "download", customer_id: "cus_1", id: "alb_1" } })
    const expires = Date.parse(link.expires_at)
    expect(expires - before).toBeGreaterThan(7199_000)
    expect(expires - before).toBeLessThanOrEqual(7201_000)
    // Expired after its time.
    expect(verifyAccessToken(url.pathname.split("/").pop()!, expires + 1000)).toEqual({ ok: false, reason: "expired" })
  })
})
