import fs from "node:fs"
import os from "node:os"
import path from "node:path"
import { CHINOOK_SHA256, loadChinookData, SeedError } from "../source"

describe("loadChinookData", () => {
  const saved = process.env.CHINOOK_DATA
  let root: string
  beforeEach(() => {
    root = fs.mkdtempSync(path.join(os.tmpdir(), "chinook-source-"))
  })
  afterEach(() => {
    fs.rmSync(root, { recursive: true, force: true })
    if (saved === undefined) delete process.env.CHINOOK_DATA
    else process.env.CHINOOK_DATA = saved
  })
  const load = () => loadChinookData({ root, log: () => {}, url: "http://127.0.0.1:1/ChinookData.json" })

  it("reads and verifies the file CHINOOK_DATA names", async () => {
    if (!saved) throw new Error("npm test sets CHINOOK_DATA to the shared ChinookData.json")
    const data = await load()
    expect(data.Track).toHaveLength(3503)
    expect(data.Invoice).toHaveLength(412)
  })

  it("names a CHINOOK_DATA file that is not there", async () => {
    process.env.CHINOOK_DATA = path.join(root, "nope.json")
    await expect(load()).rejects.toThrow(new SeedError(`CHINOOK_DATA points at ${path.join(root, "nope.json")}, which does not exist.`))
  })

  it("refuses a file whose checksum is wrong, naming the file and both hashes", async () => {
    const file = path.join(root, "ChinookData.json")
    fs.writeFileSync(file, JSON.stringify({ Genre: [] }))
    process.env.CHINOOK_DATA = file
    const err = await load().catch((e) => e)
    expect(err).toBeInstanceOf(SeedError)
    expect(err.message).toContain(file)
    expect(err.message).toContain(CHINOOK_SHA256)
  })

  it("offline and without CHINOOK_DATA, says how to set it", async () => {
    delete process.env.CHINOOK_DATA
    const err = await load().catch((e) => e)
    expect(err).toBeInstanceOf(SeedError)
    expect(err.message).toMatch(/Could not download the Chinook dataset/)
    expect(err.message).toMatch(/CHINOOK_DATA=\/path\/to\/ChinookData.json npm start/)
  })

  it("uses a verified cached copy without downloading", async () => {
    if (!saved) throw new Error("npm test sets CHINOOK_DATA")
    fs.mkdirSync(path.join(root, ".cache", "chinook"), { recursive: true })
    fs.copyFileSync(saved, path.join(root, ".cache", "chinook", "ChinookData.json"))
    delete process.env.CHINOOK_DATA
    expect((await load()).Album).toHaveLength(347)
  })
})
