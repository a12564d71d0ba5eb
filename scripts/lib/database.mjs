// Resolves the database `npm start`, `npm run seed` and friends use:
// DATABASE_URL when set (checked, so a wrong one fails with its name),
// otherwise the embedded server with its data under .data/.
// Also the few PostgreSQL helpers the benchmarks' database (bench/lib/database.mjs) shares.
import path from "node:path"
import pg from "pg"
import { startEmbeddedPostgres } from "./embedded-db.mjs"

export const DB_NAME = "chinook_records"

/** A pg error as its SQLSTATE code and message. */
export function describe(err) {
  return err?.code ? `${err.code}: ${err.message}` : String(err?.message ?? err)
}

/**
 * Checks that `url` is a postgres:// URL; errors name the setting it came
 * from (`label`). Returns the parsed URL and the database it names.
 */
export function parsePostgresUrl(url, label) {
  let parsed
  try {
    parsed = new URL(url)
  } catch {
    throw new Error(`${label} is not a valid URL ("${url}"). Expected postgres://user:password@host:5432/database.`)
  }
  if (!/^postgres(ql)?:$/.test(parsed.protocol)) {
    throw new Error(`${label} must start with postgres:// (got "${parsed.protocol}//...").`)
  }
  return { parsed, name: decodeURIComponent(parsed.pathname.slice(1)) }
}

export async function checkDatabaseUrl(url) {
  const { parsed, name } = parsePostgresUrl(url, "DATABASE_URL")
  const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: 5000 })
  try {
    await client.connect()
    await client.query("select 1")
  } catch (e) {
    if (e.code === "3D000") {
      // The server is there but the database is not: create it, as the
      // embedded path does.
      await ensureDatabase(url, name)
      return
    }
    const where = `${parsed.hostname}:${parsed.port || 5432}${parsed.pathname}`
    throw new Error(
      `DATABASE_URL: cannot connect to ${where} (${describe(e)}).\n` +
        `Fix the URL or start that server, or unset DATABASE_URL to use the embedded database.`
    )
  } finally {
    await client.end().catch(() => {})
  }
}

/**
 * Creates database `name` on the server `url` points at (any database of
 * it, or none) unless it is there, through that server's `postgres` database.
 */
export async function ensureDatabase(url, name) {
  const server = new URL(url)
  server.pathname = "/postgres"
  const client = new pg.Client({ connectionString: server.toString(), connectionTimeoutMillis: 5000 })
  try {
    await client.connect()
    const { rowCount } = await client.query("select 1 from pg_database where datname = $1", [name])
    if (!rowCount) await client.query(`create database "${name.replace(/"/g, '""')}" encoding 'UTF8' template template0`)
  } finally {
    await client.end().catch(() => {})
  }
}

/** The rows of one statement on its own connection; none while the table does not exist yet (before migrations). */
export async function queryRows(url, text, params = []) {
  const client = new pg.Client({ connectionString: url })
  await client.connect()
  try {
    return (await client.query(text, params)).rows
  } catch (e) {
    if (e.code === "42P01") return [] // table not there yet
    throw e
  } finally {
    await client.end()
  }
}

/**
 * What the storefront needs from the database (the publishable key and the
 * region that src/lib/store-setup.ts makes, by the names it gives them), or
 * undefined when the setup has not run yet.
 */
export async function storeSettings(url) {
  const [key] = await queryRows(
    url,
    "select token from api_key where type = 'publishable' and title = 'Storefront' and revoked_at is null and deleted_at is null order by created_at limit 1"
  )
  const [region] = await queryRows(url, "select id from region where name = 'Worldwide' and deleted_at is null limit 1")
  return key && region ? { publishableKey: key.token, regionId: region.id } : undefined
}

/** @returns {Promise<{url: string, embedded: boolean, stop: () => Promise<void>}>} */
export async function resolveDatabase({ root, log = () => {} }) {
  if (process.env.DATABASE_URL) {
    await checkDatabaseUrl(process.env.DATABASE_URL)
    return { url: process.env.DATABASE_URL, embedded: false, stop: async () => {} }
  }
  const dir = path.join(root, ".data", "postgres")
  const db = await startEmbeddedPostgres({ dir, log })
  await ensureDatabase(db.url, DB_NAME)
  return { url: `${db.url}/${DB_NAME}`, embedded: true, stop: db.stop, created: db.created }
}
