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

describe("validateChinookData", () => {
  const { validateChinookData } = require("../validate")
  const good = () => JSON.parse(fs.readFileSync(process.env.CHINOOK_DATA!, "utf8").replace(/^\uFEFF/, ""))

  it("accepts the real dataset", () => {
    expect(() => validateChinookData("ChinookData.json", good())).not.toThrow()
  })

  it.each([
    ["a track of an album that does not exist", (d: any) => (d.Track[5].AlbumId = 9999), /Track 6: AlbumId 9999 names no Album/],
    ["a duplicate key", (d: any) => (d.Artist[1].ArtistId = 1), /Artist 1: appears twice/],
    ["a missing title", (d: any) => (d.Album[9].Title = ""), /Album 10: Title is missing/],
    ["a negative price", (d: any) => (d.InvoiceLine[0].UnitPrice = -1), /InvoiceLine 1: UnitPrice is not a valid number/],
    ["a bad date", (d: any) => (d.Invoice[2].InvoiceDate = "someday"), /Invoice 3: InvoiceDate is not a valid date/],
    ["two customers with one email", (d: any) => (d.Customer[1].Email = d.Customer[0].Email), /Customer 2: Email .* is also customer 1's/],
  ])("stops on %s, naming file, entity and key", (_, spoil, message) => {
    const data = good()
    spoil(data)
    expect(() => validateChinookData("ChinookData.json", data)).toThrow(message)
    expect(() => validateChinookData("ChinookData.json", data)).toThrow(/^ChinookData.json: /)
  })
})
