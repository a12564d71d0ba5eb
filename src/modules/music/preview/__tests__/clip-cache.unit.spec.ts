import fs from "node:fs"
import os from "node:os"
import path from "node:path"
import { ClipCache } from "../clip-cache"
import { DiskClipCache } from "../disk-cache"

describe("ClipCache", () => {
  let dir: string
  beforeEach(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), "clip-cache-test-"))
  })
  afterEach(() => fs.rmSync(dir, { recursive: true, force: true }))

  it("renders a clip once for concurrent requests, then serves it from memory or disk", async () => {
    let renders = 0
    const render = async () => {
      renders++
      await new Promise((r) => setTimeout(r, 20))
      return Buffer.alloc(100, 7)
    }
    const cache = new ClipCache(new DiskClipCache(dir, 10_000), 10_000)
    const [a, b] = await Promise.all([cache.get("k", render), cache.get("k", render)])
    expect(a).toBe(b)
    expect(await cache.get("k", render)).toBe(a)
    expect(renders).toBe(1)
    // A new server (empty memory) finds it on disk.
    const restarted = new ClipCache(new DiskClipCache(dir, 10_000), 10_000)
    expect((await restarted.get("k", render)).equals(a)).toBe(true)
    expect(renders).toBe(1)
  })

  it("keeps no more bytes in memory than it may", async () => {
    const cache = new ClipCache(new DiskClipCache(dir, 0), 250)
    for (const k of ["a", "b", "c"]) await cache.get(k, async () => Buffer.alloc(100))
    expect(cache.memoryBytes).toBe(200)
    await cache.get("big", async () => Buffer.alloc(300))
    expect(cache.memoryBytes).toBe(200)
    let renders = 0
    await cache.get("a", async () => (renders++, Buffer.alloc(100)))
    expect(renders).toBe(1) // "a" was the oldest, so it went
  })

  it("lets a failed render fail its callers without caching the failure", async () => {
    const cache = new ClipCache(new DiskClipCache(dir, 10_000), 10_000)
    await expect(cache.get("k", async () => Promise.reject(new Error("busy")))).rejects.toThrow("busy")
    await expect(cache.get("k", async () => Buffer.alloc(10))).resolves.toHaveLength(10)
  })
})
