import fs from "node:fs"
import http from "node:http"
import type { AddressInfo } from "node:net"
import os from "node:os"
import path from "node:path"
import { cachedDataFile, resolveChinookDataFile, SeedError } from "../data-file"

// The order npm start and npm test share: CHINOOK_DATA, the cache, the download.
describe("resolveChinookDataFile", () => {
  const real = process.env.CHINOOK_DATA
  let root: string
  let server: http.Server
  let served: Buffer
  let requests: number
  let url: string

  beforeAll(async () => {
    if (!real) throw new Error("npm test sets CHINOOK_DATA")
    server = http.createServer((_, res) => {
      requests++
      res.end(served)
    })
    await new Promise<void>((r) => server.listen(0, "127.0.0.1", r))
    url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/ChinookData.json`
  })
  afterAll(() => new Promise((r) => server.close(r)))
  beforeEach(() => {
    root = fs.mkdtempSync(path.join(os.tmpdir(), "chinook-data-file-"))
    served = fs.readFileSync(real!)
    requests = 0
  })
  afterEach(() => fs.rmSync(root, { recursive: true, force: true }))

  const resolve = (env: Record<string, string> = {}) => resolveChinookDataFile({ root, log: () => {}, url, env, command: "npm test" })

  it("downloads the pinned file into the cache once, then reads the cache", async () => {
    const first = await resolve()
    expect(first.file).toBe(cachedDataFile(root))
    expect(fs.readFileSync(first.file).equals(served)).toBe(true)
    expect((await resolve()).file).toBe(cachedDataFile(root))
    expect(requests).toBe(1)
  })

  it("prefers CHINOOK_DATA, relative to the project, over the cache and the download", async () => {
    fs.mkdirSync(path.dirname(cachedDataFile(root)), { recursive: true })
    fs.writeFileSync(cachedDataFile(root), "not the data")
    fs.copyFileSync(real!, path.join(root, "mine.json"))
    const { file } = await resolve({ CHINOOK_DATA: "mine.json" })
    expect(file).toBe(path.join(root, "mine.json"))
    expect(requests).toBe(0)
  })

  it("refuses a download with the wrong checksum and caches nothing", async () => {
    served = Buffer.from('{"Genre": []}')
    const err = await resolve().catch((e) => e)
    expect(err).toBeInstanceOf(SeedError)
    expect(err.message).toMatch(/wrong checksum/)
    expect(fs.existsSync(cachedDataFile(root))).toBe(false)
  })

  it("offline, says how to point the tests at a local copy", async () => {
    const err = await resolveChinookDataFile({ root, log: () => {}, url: "http://127.0.0.1:1/x", env: {}, command: "npm test" }).catch((e) => e)
    expect(err.message).toMatch(/Could not download the Chinook dataset/)
    expect(err.message).toMatch(/CHINOOK_DATA=\/path\/to\/ChinookData.json npm test/)
  })
})
