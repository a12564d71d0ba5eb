// Drops the template databases one `npm test` run made (their names start
// with its TEST_DB_TEMPLATES; see integration-tests/helpers/database-templates.ts).
import pg from "pg"

export async function dropTestTemplates(env, prefix) {
  const client = new pg.Client({
    host: env.DB_HOST,
    port: Number(env.DB_PORT || 5432),
    user: env.DB_USERNAME || "postgres",
    password: env.DB_PASSWORD || undefined,
    database: "postgres",
  })
  await client.connect()
  try {
    const { rows } = await client.query("SELECT datname FROM pg_database WHERE datname LIKE $1", [`${prefix}-%`])
    for (const { datname } of rows) {
      const name = `"${datname.replace(/"/g, '""')}"`
      await client.query(`ALTER DATABASE ${name} WITH ALLOW_CONNECTIONS false`)
      await client.query("SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = $1", [datname])
      await client.query(`DROP DATABASE IF EXISTS ${name}`)
    }
  } finally {
    await client.end()
  }
}
