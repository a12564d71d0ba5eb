import fs from "node:fs"
import os from "node:os"
import path from "node:path"
import { DiskClipCache } from "../disk-cache"

const clip = (byte: number, size = 1000) => Buffer.alloc(size, byte)
const listing = (dir: string) => fs.readdirSync(dir).sort()

describe("DiskClipCache", () => {
  let dir: string
  beforeEach(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), "clip-cache-test-"))
  })
  afterEach(() => fs.rmSync(dir, { recursive: true, force: true }))

  it("stores and reads back clips, leaving no temporary files", async () => {
    const cache = new DiskClipCache(dir, 10_000)
    expect(await cache.read("trk_1-v1-30s")).toBeUndefined()
    await cache.write("trk_1-v1-30s", clip(1))
    expect((await cache.read("trk_1-v1-30s"))!.equals(clip(1))).toBe(true)
    expect(listing(dir)).toEqual(["trk_1-v1-30s.wav"])
    expect(cache.bytes).toBe(1000)
  })

  it("stays within its size by dropping the least recently used clip", async () => {
    const cache = new DiskClipCache(dir, 2500)
    await cache.write("a", clip(1))
    await cache.write("b", clip(2))
    await cache.read("a") // a is now fresher than b
    await cache.write("c", clip(3))
    expect(listing(dir)).toEqual(["a.wav", "c.wav"])
    expect(cache.bytes).toBe(2000)
    expect(await cache.read("b")).toBeUndefined()
    await cache.write("d", clip(4))
    expect(listing(dir)).toEqual(["c.wav", "d.wav"])
  })

  it("never stores a clip larger than the whole cache, and stores nothing at 0 bytes", async () => {
    const small = new DiskClipCache(dir, 500)
    await small.write("a", clip(1))
    expect(listing(dir)).toEqual([])
    const off = new DiskClipCache(dir, 0)
    await off.write("a", clip(1, 10))
    expect(listing(dir)).toEqual([])
    expect(await off.read("a")).toBeUndefined()
  })

  it("learns what is on disk at start, by last use, and trims it to a lowered bound", async () => {
    const before = new DiskClipCache(dir, 10_000)
    for (const k of ["old", "mid", "new"]) await before.write(k, clip(1))
    const t = Date.now() / 1000
    fs.utimesSync(path.join(dir, "old.wav"), t - 300, t - 300)
    fs.utimesSync(path.join(dir, "mid.wav"), t - 200, t - 200)
    fs.utimesSync(path.join(dir, "new.wav"), t - 100, t - 100)
    const stale = path.join(dir, "x.wav.123.abcd.tmp")
    fs.writeFileSync(stale, "half")
    fs.utimesSync(stale, t - 3600, t - 3600)
    const fresh = path.join(dir, "y.wav.456.abcd.tmp")
    fs.writeFileSync(fresh, "being written")

    const after = new DiskClipCache(dir, 2000)
    expect(await after.read("mid")).toBeDefined()
    // "old" went (least recent); the stale temporary file too, not the fresh one.
    expect(listing(dir)).toEqual(["mid.wav", "new.wav", "y.wav.456.abcd.tmp"])
    expect(after.bytes).toBe(2000)
    await after.write("newest", clip(2))
    expect(listing(dir)).toEqual(["mid.wav", "newest.wav", "y.wav.456.abcd.tmp"])
  })

  it("turns a key into a safe file name inside its folder", async () => {
    const cache = new DiskClipCache(dir, 10_000)
    await cache.write("../../etc/x y", clip(1))
    expect(listing(dir)).toEqual([".._.._etc_x_y.wav"])
  })
})
