// Where ChinookData.json comes from, for the import (`npm start`, `npm run
// seed`) and for `npm test` alike: CHINOOK_DATA, else the cache, else the
// pinned upstream download, always checked against its SHA-256.
// Dependency-free (Node built-ins only): scripts/test.mjs imports it as is.
import { createHash } from "node:crypto"
import fs from "node:fs"
import path from "node:path"

/** The pinned upstream copy of the Chinook dataset (MIT licence). */
export const CHINOOK_COMMIT = "7f67772503d71ba90f19283c38e93923addb43fa"
export const CHINOOK_URL = `https://raw.githubusercontent.com/lerocha/chinook-database/${CHINOOK_COMMIT}/ChinookDatabase/DataSources/ChinookData.json`
export const CHINOOK_SHA256 = "2998161de437518e3447e779c7ce7418f081895e388081bff315f3c258752d8c"

export class SeedError extends Error {}

export const cachedDataFile = (root: string) => path.join(root, ".cache", "chinook", "ChinookData.json")

const sha256 = (buf: Buffer) => createHash("sha256").update(buf).digest("hex")

function verified(file: string, buf: Buffer) {
  const actual = sha256(buf)
  if (actual !== CHINOOK_SHA256) {
    throw new SeedError(
      `${file}: wrong checksum. Expected SHA-256 ${CHINOOK_SHA256} (ChinookData.json at lerocha/chinook-database ${CHINOOK_COMMIT.slice(0, 7)}), got ${actual}.`
    )
  }
  return buf
}

export type DataFileOptions = {
  root: string
  log: (m: string) => void
  url?: string
  env?: Record<string, string | undefined>
  /** The command to show in the offline hint. */
  command?: string
}

/** The verified data file's absolute path and bytes. */
export async function resolveChinookDataFile(opts: DataFileOptions): Promise<{ file: string; buf: Buffer }> {
  const url = opts.url ?? CHINOOK_URL
  const fromEnv = (opts.env ?? process.env).CHINOOK_DATA
  if (fromEnv) {
    const file = path.resolve(opts.root, fromEnv)
    if (!fs.existsSync(file)) {
      throw new SeedError(`CHINOOK_DATA points at ${file}, which does not exist.`)
    }
    return { file, buf: verified(file, fs.readFileSync(file)) }
  }

  const cached = cachedDataFile(opts.root)
  if (fs.existsSync(cached)) {
    return { file: cached, buf: verified(cached, fs.readFileSync(cached)) }
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
        `  CHINOOK_DATA=/path/to/ChinookData.json ${opts.command ?? "npm start"}`
    )
  }
  verified(url, buf)
  // Written whole, then renamed: a run stopped half-way leaves no broken cache.
  fs.mkdirSync(path.dirname(cached), { recursive: true })
  const tmp = `${cached}.${process.pid}.tmp`
  fs.writeFileSync(tmp, buf)
  fs.renameSync(tmp, cached)
  return { file: cached, buf }
}
