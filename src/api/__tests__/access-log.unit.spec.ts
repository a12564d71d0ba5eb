import http from "node:http"
import type { AddressInfo } from "node:net"
import express from "express"
import morgan from "morgan"
import { accessLogMiddlewares } from "../access-log-middlewares"

/*
 * The real morgan, with the `:url` token Medusa's access log uses in both of
 * its formats, in front of routes mounted the way Medusa mounts middlewares
 * (a matcher per entry, before the route). The handlers must still see the
 * token; the log line must not.
 */
async function serve() {
  const lines: string[] = []
  const app = express()
  app.use(morgan(":method :url :status", { stream: { write: (l: string) => void lines.push(l.trim()) } }))
  for (const { matcher, middlewares } of accessLogMiddlewares) app.use(matcher as string, ...(middlewares as any[]))
  const echo = (req: express.Request, res: express.Response) => res.json({ token: req.params.token ?? null, query: req.query })
  app.get("/downloads/:token", echo)
  app.get("/store/playlists/shared/:token", echo)
  app.post("/store/playlists/shared/:token/copy", echo)
  app.post("/auth/customer/emailpass/update", echo)
  app.get("/store/music/albums/:id", echo)
  const server = http.createServer(app)
  await new Promise<void>((r) => server.listen(0, "127.0.0.1", r))
  const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`
  const call = async (method: string, path: string) => {
    const res = await fetch(base + path, { method })
    const body = await res.json()
    // morgan writes when the response has finished; give it that tick.
    await new Promise((r) => setImmediate(r))
    return { body, line: lines[lines.length - 1] }
  }
  return { call, close: () => new Promise((r) => server.close(r)) }
}

describe("access log", () => {
  let app: Awaited<ReturnType<typeof serve>>
  beforeAll(async () => {
    app = await serve()
  })
  afterAll(() => app.close())

  it("names a signed download link without its token, while the route still reads it", async () => {
    const token = "eyJraW5kIjoidHJhY2sifQ.c2lnbmF0dXJl"
    const { body, line } = await app.call("GET", `/downloads/${token}`)
    expect(body.token).toBe(token)
    expect(line).toBe("GET /downloads/[redacted] 200")
    const slash = await app.call("GET", `/downloads/${token}/`)
    expect(slash.line).not.toContain(token)
  })

  it("blanks playlist share tokens, in the share page and its copy", async () => {
    const share = await app.call("GET", "/store/playlists/shared/pls_share_s3cr3t?fields=id,title")
    expect(share.body.token).toBe("pls_share_s3cr3t")
    expect(share.line).toBe("GET /store/playlists/shared/[redacted]?fields=id,title 200")
    const copy = await app.call("POST", "/store/playlists/shared/pls_share_s3cr3t/copy")
    expect(copy.line).toBe("POST /store/playlists/shared/[redacted]/copy 200")
  })

  it("blanks secret-looking query values and keeps the rest", async () => {
    const { body, line } = await app.call("POST", "/auth/customer/emailpass/update?token=reset123&lang=en")
    expect(body.query).toEqual({ token: "reset123", lang: "en" })
    expect(line).toBe("POST /auth/customer/emailpass/update?token=[redacted]&lang=en 200")
  })

  it("leaves ordinary URLs as they are", async () => {
    const { line } = await app.call("GET", "/store/music/albums/42?fields=title&limit=5")
    expect(line).toBe("GET /store/music/albums/42?fields=title&limit=5 200")
  })
})
