import { rejectHostileBytes } from "../clean-text"

// As mounted for /admin/*, /store/* and /downloads/*: no named params yet, only the raw path.
function run(originalUrl: string, params: Record<string, string> = {}) {
  let passed: unknown = "not called"
  rejectHostileBytes({ originalUrl, params } as any, {} as any, (e?: unknown) => {
    passed = e
  })
  return passed as { message?: string } | undefined
}

describe("rejectHostileBytes on a path", () => {
  it("refuses a NUL byte or bytes that are not UTF-8 in any path segment, naming the id", () => {
    for (const url of ["/admin/music/products/a%00b/album", "/store/music/albums/%C0%AF", "/downloads/%ff", "/admin/music/tracks/%ED%A0%80/master"]) {
      expect(run(url, { 0: "whatever" })?.message).toMatch(/^id: must be text without NUL bytes/)
    }
  })

  it("lets through ids, escapes of real characters and a plus sign", () => {
    for (const url of ["/admin/music/albums/alb_01ABC", "/store/music/albums/mot%C3%B6rhead", "/store/music/albums/a+b", "/store/music/search?q=AC%2FDC"]) {
      expect(run(url)).toBeUndefined()
    }
  })

  it("still names a route's own parameter", () => {
    expect(run("/store/music/albums/x", { id: "a\u0000b" })?.message).toMatch(/^id:/)
    expect(run("/store/customers/me/playlists/p/tracks/x", { track_id: "a\u0000b" })?.message).toMatch(/^track_id:/)
  })
})
