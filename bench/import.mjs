// `npm run bench:import`: a full Chinook import into a fresh database, next
// to a raw `psql -f Chinook_PostgreSql.sql` load into the same server, in
// one run. Prints both times and their ratio.
//
// Needs CHINOOK_DATA (ChinookData.json) and the SQL script beside it, or
// CHINOOK_SQL; and the `psql` client (Debian: postgresql-client).
import { spawnSync } from "node:child_process"
import fs from "node:fs"
import os from "node:os"
import path from "node:path"
import { fileURLToPath } from "node:url"
import pg from "pg"
import { startEmbeddedPostgres } from "../scripts/lib/embedded-db.mjs"
import { exec } from "../scripts/lib/exec.mjs"

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..")
const data = process.env.CHINOOK_DATA && path.resolve(root, process.env.CHINOOK_DATA)
const sqlFile = process.env.CHINOOK_SQL
  ? path.resolve(root, process.env.CHINOOK_SQL)
  : data && path.join(path.dirname(data), "Chinook_PostgreSql.sql")

function fail(message) {
  console.error(message)
  process.exit(1)
}
if (!data || !fs.existsSync(data)) fail("Set CHINOOK_DATA to ChinookData.json.")
if (!sqlFile || !fs.existsSync(sqlFile)) fail(`No Chinook_PostgreSql.sql at ${sqlFile}; set CHINOOK_SQL.`)
if (spawnSync("psql", ["--version"]).status !== 0) fail("The psql client is needed (apt-get install postgresql-client).")

const dir = fs.mkdtempSync(path.join(os.tmpdir(), "chinook-bench-"))
fs.chmodSync(dir, 0o755)
const db = await startEmbeddedPostgres({ dir: path.join(dir, "data"), persistent: false })
const env = {
  ...process.env,
  MEDUSA_DISABLE_TELEMETRY: "true",
  LOG_LEVEL: "warn",
  CHINOOK_DATA: data,
  PGPASSWORD: "postgres",
}
const medusa = path.join(root, "node_modules", ".bin", "medusa")

try {
  const admin = new pg.Client({ connectionString: `${db.url}/postgres` })
  await admin.connect()
  await admin.query("create database chinook_bench")
  await admin.end()
  const url = `${db.url}/chinook_bench`

  console.log("Migrating a fresh database (not timed)...")
  const migrate = await exec(medusa, ["db:migrate"], { cwd: root, env: { ...env, DATABASE_URL: url }, capture: true })
  if (migrate.status !== 0) fail(migrate.output)

  console.log("Importing Chinook through Medusa...")
  let t = process.hrtime.bigint()
  const seed = await exec(medusa, ["exec", "./data/seed/run.ts"], { cwd: root, env: { ...env, DATABASE_URL: url }, capture: true })
  const importSeconds = Number(process.hrtime.bigint() - t) / 1e9
  if (seed.status !== 0) fail(seed.output)
  const inner = Number(seed.output.match(/^total ([\d.]+) s$/m)?.[1])

  console.log("Loading Chinook_PostgreSql.sql with psql...")
  t = process.hrtime.bigint()
  // Asynchronously: a blocked event loop would stop draining the embedded
  // server's log pipe (see scripts/lib/exec.mjs).
  const raw = await exec("psql", ["-q", "-v", "ON_ERROR_STOP=1", "-h", "127.0.0.1", "-p", String(db.port), "-U", "postgres", "-d", "postgres", "-f", sqlFile], {
    env,
    capture: true,
  })
  const rawSeconds = Number(process.hrtime.bigint() - t) / 1e9
  if (raw.status !== 0) fail(raw.output)

  const table = [
    ["Medusa import (medusa exec, boot included)", importSeconds],
    ["  of which the importer itself", inner],
    ["psql -f Chinook_PostgreSql.sql", rawSeconds],
  ]
  console.log("")
  for (const [label, s] of table) console.log(`${label.padEnd(44)} ${s.toFixed(2).padStart(7)} s`)
  console.log(`${"ratio (Medusa import / raw SQL)".padEnd(44)} ${(importSeconds / rawSeconds).toFixed(1).padStart(7)} x`)
  console.log(`${"ratio (importer only / raw SQL)".padEnd(44)} ${(inner / rawSeconds).toFixed(1).padStart(7)} x`)
} finally {
  await db.stop()
  fs.rmSync(dir, { recursive: true, force: true })
}
