// Resolves the database `npm start`, `npm run seed` and friends use:
// DATABASE_URL when set (checked, so a wrong one fails with its name),
// otherwise the embedded server with its data under .data/.
import path from "node:path"
import pg from "pg"
import { startEmbeddedPostgres } from "./embedded-db.mjs"

export const DB_NAME = "chinook_records"

function describe(err) {
  return err?.code ? `${err.code}: ${err.message}` : String(err?.message ?? err)
}

export async function checkDatabaseUrl(url) {
  let parsed
  try {
    parsed = new URL(url)
  } catch {
    throw new Error(`DATABASE_URL is not a valid URL ("${url}"). Expected postgres://user:password@host:5432/database.`)
  }
  if (!/^postgres(ql)?:$/.test(parsed.protocol)) {
    throw new Error(`DATABASE_URL must start with postgres:// (got "${parsed.protocol}//...").`)
  }
  const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: 5000 })
  try {
    await client.connect()
    await client.query("select 1")
  } catch (e) {
    if (e.code === "3D000") {
      // The server is there but the database is not: create it, as the
      // embedded path does.
      const server = new URL(url)
      const name = decodeURIComponent(server.pathname.slice(1))
      server.pathname = ""
      await ensureDatabase(server.toString().replace(/\/$/, ""), name)
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

async function ensureDatabase(serverUrl, name) {
  const client = new pg.Client({ connectionString: `${serverUrl}/postgres` })
  await client.connect()
  try {
    const { rowCount } = await client.query("select 1 from pg_database where datname = $1", [name])
    if (!rowCount) {
      await client.query(`create database "${name}" encoding 'UTF8' template template0`)
    }
  } finally {
    await client.end()
  }
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
