// The benchmarks' database: its own embedded PostgreSQL under
// .data/bench-postgres (never the store's .data/postgres), or the server
// named by --database-url / BENCH_DATABASE_URL. Then what the benchmarks
// need in it: migrations, the Chinook import, the store's key and region.
import fs from "node:fs"
import path from "node:path"
import pg from "pg"
import { describe, ensureDatabase, parsePostgresUrl, queryRows, storeSettings } from "../../scripts/lib/database.mjs"
import { startEmbeddedPostgres } from "../../scripts/lib/embedded-db.mjs"
import { exec } from "../../scripts/lib/exec.mjs"
import { fingerprint, readState, writeState } from "../../scripts/lib/fingerprint.mjs"

export const BENCH_DB_NAME = "chinook_bench"
export const BENCH_PG_DIR = path.join(".data", "bench-postgres")

/** Creates the database named in `url` when its server has no such database; errors name `label`. */
async function ensureBenchDatabase(url, label) {
  const { parsed, name } = parsePostgresUrl(url, label)
  if (!name) throw new Error(`${label} names no database ("${url}").`)
  try {
    await ensureDatabase(url, name)
  } catch (e) {
    throw new Error(`${label}: cannot use ${parsed.hostname}:${parsed.port || 5432}/${name} (${describe(e)}).`)
  }
}

/**
 * @param {{root: string, url?: string}} opts `url` overrides BENCH_DATABASE_URL
 * @returns {Promise<{url: string, embedded: boolean, key: string, describe: string, stop: () => Promise<void>}>}
 */
export async function resolveBenchDatabase({ root, url = process.env.BENCH_DATABASE_URL }) {
  if (url) {
    await ensureBenchDatabase(url, "BENCH_DATABASE_URL")
    const u = new URL(url)
    return { url, embedded: false, key: url, describe: `${u.hostname}:${u.port || 5432}${u.pathname}`, stop: async () => {} }
  }
  const dir = path.join(root, BENCH_PG_DIR)
  const db = await startEmbeddedPostgres({ dir })
  const full = `${db.url}/${BENCH_DB_NAME}`
  try {
    await ensureBenchDatabase(full, "The embedded benchmark database")
  } catch (e) {
    await db.stop()
    throw e
  }
  return { url: full, embedded: true, key: "embedded", describe: `embedded PostgreSQL (${BENCH_PG_DIR})`, stop: db.stop }
}

/** The rows of one statement (none before the migrations made its table). */
export const query = queryRows

export function medusaEnv(db, extra = {}) {
  return {
    ...process.env,
    MEDUSA_DISABLE_TELEMETRY: "true",
    DATABASE_URL: db.url,
    // The benchmarks never serve the admin; this also skips its bundle in builds.
    DISABLE_ADMIN: "true",
    LOG_LEVEL: process.env.LOG_LEVEL || "warn",
    ...extra,
  }
}

/** Runs a step with its output hidden unless it fails. */
export async function step(say, label, cmd, args, opts) {
  say(`${label}...`)
  const t = Date.now()
  const res = await exec(cmd, args, { capture: true, ...opts })
  if (res.status !== 0) {
    throw new Error(`${label} failed:\n${res.output.trim().split("\n").slice(-40).join("\n")}`)
  }
  say(`${label}: done in ${((Date.now() - t) / 1000).toFixed(1)} s`)
  return res
}

/**
 * Migrations when the schema sources changed since the last run on this
 * database, and the Chinook import when it is missing (as `npm start` does).
 */
export async function prepareDatabase({ root, db, say }) {
  const medusa = path.join(root, "node_modules", ".bin", "medusa")
  const stateFile = path.join(root, ".data", "bench-state.json")
  const state = readState(stateFile)
  state.databases ??= {}
  const dbState = (state.databases[db.key] ??= {})

  const migrations = fingerprint(root, ["package-lock.json", "src/modules", "src/links", "medusa-config.ts"])
  const [hasAlbums] = await query(db.url, "select to_regclass('public.album') is not null as ok")
  if (dbState.migrations !== migrations || !hasAlbums?.ok) {
    await step(say, "Running database migrations", medusa, ["db:migrate"], { cwd: root, env: medusaEnv(db) })
    dbState.migrations = migrations
    writeState(stateFile, state)
  }

  const [albums] = await query(db.url, "select count(*)::int as n from album where chinook_id is not null and deleted_at is null")
  if (!albums?.n || !(await storeSettings(db.url))) {
    say("Importing the Chinook dataset into the benchmark database (first run only)...")
    const t = Date.now()
    const res = await exec(medusa, ["exec", "./data/seed/run.ts"], { cwd: root, capture: true, env: medusaEnv(db) })
    if (res.status !== 0) {
      throw new Error(
        `The Chinook import failed:\n${res.output.trim().split("\n").slice(-30).join("\n")}\n` +
          `(Offline? Set CHINOOK_DATA to a local ChinookData.json.)`
      )
    }
    say(`Chinook import: done in ${((Date.now() - t) / 1000).toFixed(1)} s`)
  }
  const settings = await storeSettings(db.url)
  if (!settings) throw new Error("The benchmark database has no publishable key or Worldwide region after the import.")
  return settings
}

/**
 * Albums whose product is published in a sales channel but which the
 * visibility read model hides, or whose read model does not know the
 * product's handle: a database imported before the read model existed.
 */
async function outOfStepAlbums(url) {
  const [row] = await query(
    url,
    `select count(*)::int as n
       from album a
       join music_album_product_product l on l.album_id = a.id and l.deleted_at is null
       join product p on p.id = l.product_id and p.deleted_at is null and p.status = 'published'
      where a.deleted_at is null
        and ((a.sales_channel_ids = '{}'
              and exists (select 1 from product_sales_channel c where c.product_id = p.id and c.deleted_at is null))
             or a.product_handle is distinct from p.handle)`
  )
  return row?.n ?? 0
}

/** Runs the store's visibility sync workflow when some album is out of step with its product. */
export async function syncVisibility({ root, db, say }) {
  const n = await outOfStepAlbums(db.url)
  if (!n) return
  await step(say, `Syncing the visibility of ${n.toLocaleString("en-US")} albums with their products`, path.join(root, "node_modules", ".bin", "medusa"), ["exec", "./bench/lib/sync-visibility.ts"], {
    cwd: root,
    env: medusaEnv(db),
  })
}

/**
 * VACUUM (ANALYZE) of the whole database, as autovacuum would eventually do
 * it in a running store: fresh planner statistics, and the GIN indexes'
 * pending lists merged (right after a bulk load every search scans them).
 */
export async function settle(url) {
  const client = new pg.Client({ connectionString: url })
  await client.connect()
  try {
    await client.query("vacuum (analyze)")
  } finally {
    await client.end()
  }
}

/** Artists, albums, tracks, products and variants, real and synthetic. */
export async function catalogueSize(url) {
  const [row] = await query(
    url,
    `select
       (select count(*) from artist where deleted_at is null)::int as artists,
       (select count(*) from artist where deleted_at is null and id like 'art\\_syn%')::int as synthetic_artists,
       (select count(*) from album where deleted_at is null)::int as albums,
       (select count(*) from album where deleted_at is null and id like 'alb\\_syn%')::int as synthetic_albums,
       (select count(*) from track where deleted_at is null)::int as tracks,
       (select count(*) from track where deleted_at is null and id like 'trk\\_syn%')::int as synthetic_tracks,
       (select count(*) from album where deleted_at is null and sales_channel_ids <> '{}')::int as visible_albums,
       (select count(*) from product where deleted_at is null)::int as products,
       (select count(*) from product_variant where deleted_at is null)::int as variants`
  )
  return row
}

export function formatCatalogue(c) {
  const n = (x) => x.toLocaleString("en-US")
  return (
    `${n(c.artists)} artists, ${n(c.albums)} albums, ${n(c.tracks)} tracks ` +
    `(of which synthetic: ${n(c.synthetic_artists)}, ${n(c.synthetic_albums)}, ${n(c.synthetic_tracks)}; ` +
    `albums visible in a sales channel: ${n(c.visible_albums)}); ` +
    `${n(c.products)} products, ${n(c.variants)} variants`
  )
}

export function exists(p) {
  return fs.existsSync(p)
}
