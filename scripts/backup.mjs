// `npm run backup [-- --out DIR]`: a timestamped backup of the store in
// backups/ (or DIR, or BACKUP_DIR):
//   <name>/database.dump   pg_dump, custom format (pg_restore reads it)
//   <name>/files/static/   public files (covers, previews)
//   <name>/files/private/  private masters (MASTERS_DIR, else uploads/private)
//   <name>/manifest.json   when, versions, and row counts taken in the dump's
//                          own snapshot, which `npm run restore` checks
// The database is DATABASE_URL's, else the embedded one under .data/ (started
// for the backup). pg_dump reads a consistent snapshot while the store runs.
// With S3 configured the files live in the bucket: back that up with bucket
// versioning or replication; only the database is dumped here.
import fs from "node:fs"
import path from "node:path"
import { fileURLToPath } from "node:url"
import pg from "pg"
import { resolveDatabase } from "./lib/database.mjs"
import { exec } from "./lib/exec.mjs"
import { importTs } from "./lib/load-ts.mjs"
import {
  DUMP_FILE,
  FILES_DIR,
  FORMAT,
  MANIFEST,
  copyLiveTree,
  countRows,
  fileSets,
  findPgTool,
  libpqArgs,
  mb,
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

let db
let dir
let status = 0
try {
  const outRoot = path.resolve(root, args.out || process.env.BACKUP_DIR || "backups")
  const { providerEnv } = await importTs(path.join(root, "src/lib/provider-env.ts"))
  const { privateUploadDir } = await importTs(path.join(root, "src/lib/downloads/private-upload-dir.ts"))
  const s3 = !!providerEnv(process.env).s3

  db = await resolveDatabase({ root })
  const pgDump = await findPgTool("pg_dump", await serverMajor(db.url), root)

  const stamp = new Date().toISOString().replace(/\..*$/, "Z").replace(/:/g, "-")
  dir = path.join(outRoot, `chinook-${stamp}`)
  fs.mkdirSync(dir, { recursive: true })

  // One snapshot for the dump and the counts: they describe the same data
  // even while orders are being placed.
  const client = new pg.Client({ connectionString: db.url })
  await client.connect()
  let counts
  try {
    await client.query("begin isolation level repeatable read read only")
    const { rows } = await client.query("select pg_export_snapshot() as id")
    counts = await countRows(client)
    const conn = libpqArgs(db.url)
    const dump = await exec(
      pgDump.bin,
      [...conn.args, "--format=custom", "--no-owner", "--no-acl", `--snapshot=${rows[0].id}`, "--file", path.join(dir, DUMP_FILE)],
      { capture: true, env: conn.env }
    )
    if (dump.status !== 0) throw new Error(`pg_dump failed:\n${dump.output.trim()}`)
  } finally {
    await client.query("commit").catch(() => {})
    await client.end().catch(() => {})
  }

  const files = {}
  if (s3) {
    files.skipped = "Files are in S3 (S3_* variables): back up the bucket with versioning or replication."
  } else {
    for (const { key, dir: from } of fileSets({ staticDir: path.join(root, "static"), privateDir: privateUploadDir(process.env, root) })) {
      const to = path.join(dir, FILES_DIR, key)
      fs.mkdirSync(to, { recursive: true })
      const vanished = copyLiveTree(from, to)
      files[key] = { from, ...treeSize(to), ...(vanished ? { deleted_while_copying: vanished } : {}) }
    }
  }

  const manifest = {
    format: FORMAT,
    created_at: new Date(started).toISOString(),
    database: { file: DUMP_FILE, name: libpqArgs(db.url).name, pg_dump: pgDump.version, bytes: fs.statSync(path.join(dir, DUMP_FILE)).size },
    counts,
    files,
  }
  fs.writeFileSync(path.join(dir, MANIFEST), JSON.stringify(manifest, null, 2) + "\n")

  console.log(`Backup written to ${dir} in ${((Date.now() - started) / 1000).toFixed(1)} s`)
  console.log(`  database ${manifest.database.name}: ${mb(manifest.database.bytes)} (${counts.order ?? 0} orders, ${counts.owned_track ?? 0} owned tracks, ${counts.playlist ?? 0} playlists)`)
  if (files.skipped) console.log(`  files: ${files.skipped}`)
  else for (const key of ["static", "private"]) console.log(`  files/${key}: ${files[key].files} files, ${mb(files[key].bytes)} from ${files[key].from}`)
  const shown = path.relative(root, dir).startsWith("..") ? dir : path.relative(root, dir)
  console.log(`Restore with: npm run restore -- ${shown}`)
  // The path alone, last, for scripts.
  console.log(dir)
} catch (e) {
  console.error(`\nBackup failed: ${e.message}\n`)
  // No half backup left to be restored by mistake.
  if (dir) fs.rmSync(dir, { recursive: true, force: true })
  status = 1
} finally {
  await db?.stop()
}
process.exit(status)
