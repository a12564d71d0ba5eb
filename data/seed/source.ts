import { createHash } from "node:crypto"
import fs from "node:fs"
import path from "node:path"
import { validateChinookData } from "./validate"

/** The pinned upstream copy of the Chinook dataset (MIT licence). */
export const CHINOOK_COMMIT = "7f67772503d71ba90f19283c38e93923addb43fa"
export const CHINOOK_URL = `https://raw.githubusercontent.com/lerocha/chinook-database/${CHINOOK_COMMIT}/ChinookDatabase/DataSources/ChinookData.json`
export const CHINOOK_SHA256 = "2998161de437518e3447e779c7ce7418f081895e388081bff315f3c258752d8c"

export class SeedError extends Error {}

export type ChinookData = {
  Genre: { GenreId: number; Name: string }[]
  MediaType: { MediaTypeId: number; Name: string }[]
  Artist: { ArtistId: number; Name: string }[]
  Album: { AlbumId: number; Title: string; ArtistId: number }[]
  Track: {
    TrackId: number
    Name: string
    AlbumId: number
    MediaTypeId: number
    GenreId: number | null
    Composer: string | null
    Milliseconds: number
    Bytes: number | null
    UnitPrice: number
  }[]
  Employee: Record<string, any>[]
  Customer: Record<string, any>[]
  Invoice: Record<string, any>[]
  InvoiceLine: Record<string, any>[]
  Playlist: { PlaylistId: number; Name: string }[]
  PlaylistTrack: { PlaylistId: number; TrackId: number }[]
}

const sha256 = (buf: Buffer) => createHash("sha256").update(buf).digest("hex")

function parse(file: string, buf: Buffer): ChinookData {
  let data: ChinookData
  try {
    data = JSON.parse(buf.toString("utf8").replace(/^\uFEFF/, ""))
  } catch (e: any) {
    throw new SeedError(`${file}: not valid JSON (${e.message}).`)
  }
  validateChinookData(file, data)
  return data
}

function verified(file: string, buf: Buffer) {
  const actual = sha256(buf)
  if (actual !== CHINOOK_SHA256) {
    throw new SeedError(
      `${file}: wrong checksum. Expected SHA-256 ${CHINOOK_SHA256} (ChinookData.json at lerocha/chinook-database ${CHINOOK_COMMIT.slice(0, 7)}), got ${actual}.`
    )
  }
  return buf
}

/**
 * Reads ChinookData.json from CHINOOK_DATA, else from the cache, else
 * downloads the pinned upstream file into the cache. Always checks the hash.
 */
export async function loadChinookData(opts: { root: string; log: (m: string) => void; url?: string }): Promise<ChinookData> {
  const url = opts.url ?? CHINOOK_URL
  const fromEnv = process.env.CHINOOK_DATA
  if (fromEnv) {
    const file = path.resolve(opts.root, fromEnv)
    if (!fs.existsSync(file)) {
      throw new SeedError(`CHINOOK_DATA points at ${file}, which does not exist.`)
    }
    return parse(file, verified(file, fs.readFileSync(file)))
  }

  const cached = path.join(opts.root, ".cache", "chinook", "ChinookData.json")
  if (fs.existsSync(cached)) {
    return parse(cached, verified(cached, fs.readFileSync(cached)))
  }

  opts.log(`Downloading ChinookData.json (lerocha/chinook-database@${CHINOOK_COMMIT.slice(0, 7)})...`)
  let buf: Buffer
  try {
    const res = await fetch(url, { signal: AbortSignal.timeout(30_000) })
    if (!res.ok) {
      throw new Error(`HTTP ${res.status}`)
    }
    buf = Buffer.from(await res.arrayBuffer())
  } catch (e: any) {
    throw new SeedError(
      `Could not download the Chinook dataset (${e.cause?.code ?? e.message}).\n` +
        `Without internet access, point CHINOOK_DATA at a local copy of ChinookData.json, e.g.\n` +
        `  CHINOOK_DATA=/path/to/ChinookData.json npm start`
    )
  }
  verified(url, buf)
  fs.mkdirSync(path.dirname(cached), { recursive: true })
  fs.writeFileSync(cached, buf)
  return parse(cached, buf)
}
