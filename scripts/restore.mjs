// `npm run restore -- <backup> [--database-url URL] [--static-dir DIR]
//   [--private-dir DIR] [--force]`: puts a backup made by `npm run backup`
// back.
// - Database: into --database-url, else DATABASE_URL, else the embedded one.
//   A database that does not exist is created (a fresh one); one that holds
//   tables is replaced only with --force (stop the servers first).
// - Files: into --static-dir (else static/) and --private-dir (else
//   MASTERS_DIR, else uploads/private); folders with files are replaced only
//   with --force.
// Afterwards the row counts recorded at backup time are checked.
import fs from "node:fs"
import path from "node:path"
import { fileURLToPath } from "node:url"
import pg from "pg"
import { ensureDatabase, parsePostgresUrl, resolveDatabase } from "./lib/database.mjs"
import { exec } from "./lib/exec.mjs"
import { importTs } from "./lib/load-ts.mjs"
import {
  DUMP_FILE,
  FILES_DIR,
  FORMAT,
  MANIFEST,
  countRows,
  fileSets,
  findPgTool,
  isEmptyDir,
  libpqArgs,
  parseArgs,
  serverMajor,
  treeSize,
} from "./lib/backup.mjs"

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..")
try {
  process.loadEnvFile(path.join(root, ".env"))
} catch {}
const args = parseArgs(process.argv.slice(2))
const started = Date.now()
const force = args.force === true

class UsageError extends Error {}

async function withClient(url, fn) {
  const client = new pg.Client({ connectionString: url })
  await client.connect()
  try {
    return await fn(client)
  } finally {
    await client.end().catch(() => {})
  }
}

/** Creates the target database, or empties it with --force; refuses to overwrite data otherwise. */
async function prepareDatabase(url) {
  const { parsed, name } = parsePostgresUrl(url, "--database-url")
  const server = new URL(parsed)
  server.pathname = "/postgres"
  const exists = await withClient(server.toString(), async (c) => (await c.query("select 1 from pg_database where datname = $1", [name])).rowCount === 1)
  if (exists) {
    const tables = await withClient(url, async (c) => (await c.query("select count(*)::int as n from information_schema.tables where table_schema = 'public'")).rows[0].n)
    if (tables > 0) {
      if (!force) {
        throw new UsageError(
          `Database "${name}" already holds ${tables} tables. Restore into a new database (--database-url postgres://.../new_name) or replace it with --force (stop the servers first).`
        )
      }
      await withClient(server.toString(), (c) => c.query(`drop database "${name.replace(/"/g, '""')}" with (force)`))
    }
  }
  await ensureDatabase(url, name)
  return name
}

let db
let status = 0
try {
  const from = args._[0]
  if (!from) throw new UsageError("Name the backup to restore: npm run restore -- backups/chinook-<time>")
  const dir = path.resolve(process.cwd(), from)
  const manifestFile = path.join(dir, MANIFEST)
  if (!fs.existsSync(manifestFile)) throw new UsageError(`${dir} is not a backup: it has no ${MANIFEST}.`)
  const manifest = JSON.parse(fs.readFileSync(manifestFile, "utf8"))
  if (manifest.format !== FORMAT) throw new UsageError(`${dir}: backup format ${manifest.format}, this script reads ${FORMAT}.`)
  const dump = path.join(dir, manifest.database.file)
  if (!fs.existsSync(dump)) throw new UsageError(`${dir} has no ${DUMP_FILE}.`)

  const { privateUploadDir } = await importTs(path.join(root, "src/lib/downloads/private-upload-dir.ts"))
  const targets = fileSets({
    staticDir: path.resolve(process.cwd(), args["static-dir"] || path.join(root, "static")),
    privateDir: path.resolve(process.cwd(), args["private-dir"] || privateUploadDir(process.env, root)),
  })
  const restoreFiles = !manifest.files.skipped
  // Every refusal before anything is changed.
  if (restoreFiles && !force) {
    const busy = targets.filter((t) => !isEmptyDir(t.dir))
    if (busy.length) throw new UsageError(`${busy.map((t) => t.dir).join(" and ")} already ${busy.length > 1 ? "hold" : "holds"} files. Name empty folders (--static-dir, --private-dir) or replace them with --force.`)
  }

  let url = typeof args["database-url"] === "string" ? args["database-url"] : undefined
  if (!url) {
    db = await resolveDatabase({ root })
    url = db.url
  }
  const name = await prepareDatabase(url)

  const pgRestore = await findPgTool("pg_restore", await serverMajor(url), root)
  const conn = libpqArgs(url)
  // One transaction: a restore that fails leaves the database empty, not half full.
  const res = await exec(pgRestore.bin, [...conn.args, "--no-owner", "--no-acl", "--exit-on-error", "--single-transaction", dump], {
    capture: true,
    env: conn.env,
  })
  if (res.status !== 0) throw new Error(`pg_restore failed:\n${res.output.trim()}`)

  const counts = await withClient(url, countRows)
  const differ = Object.keys(manifest.counts).filter((t) => counts[t] !== manifest.counts[t])
  if (differ.length) {
    throw new Error(`The restored database differs from the backup: ${differ.map((t) => `${t} ${counts[t]} rows, backup ${manifest.counts[t]}`).join("; ")}`)
  }

  if (restoreFiles) {
    for (const { key, dir: to } of targets) {
      fs.rmSync(to, { recursive: true, force: true })
      fs.mkdirSync(to, { recursive: true })
      fs.cpSync(path.join(dir, FILES_DIR, key), to, { recursive: true, preserveTimestamps: true })
      const size = treeSize(to)
      if (size.files !== manifest.files[key].files || size.bytes !== manifest.files[key].bytes) {
        throw new Error(`files/${key}: ${size.files} files (${size.bytes} bytes) restored, the backup holds ${manifest.files[key].files} (${manifest.files[key].bytes} bytes).`)
      }
    }
  }

  console.log(`Restored ${path.basename(dir)} (made ${manifest.created_at}) in ${((Date.now() - started) / 1000).toFixed(1)} s`)
  console.log(`  database ${name}: ${counts.order ?? 0} orders, ${counts.owned_track ?? 0} owned tracks, ${counts.playlist ?? 0} playlists; row counts as at backup time`)
  if (restoreFiles) for (const t of targets) console.log(`  files/${t.key}: ${manifest.files[t.key].files} files into ${t.dir}`)
  else console.log(`  files: not in this backup. ${manifest.files.skipped}`)
} catch (e) {
  console.error(`\nRestore failed: ${e.message}\n`)
  status = e instanceof UsageError ? 2 : 1
} finally {
  await db?.stop()
}
process.exit(status)
