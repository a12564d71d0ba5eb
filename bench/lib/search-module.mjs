// Medusa's Search Module in the benchmark database: its indexes over our
// catalogue (bench/search-module) are created by `medusa db:migrate:search`
// from the benchmark's build, filled by the server when it starts, and
// emptied here when the catalogue changed since they were filled (the
// synthetic seed writes with bulk SQL, which emits no events to keep them in
// step).
import path from "node:path"
import { fingerprint, readState, writeState } from "../../scripts/lib/fingerprint.mjs"
import { localSecrets } from "../../scripts/lib/secrets.mjs"
import { medusaEnv, query, step } from "./database.mjs"

export const INDEXES = ["artist", "album", "track"]
const TABLES = { artist: "artist", album: "album", track: "track" }
export const SEARCH_MODULE_ENV = { BENCH_SEARCH_MODULE: "on" }

/** What the indexes were filled from: the rows' count and last change per table, and the index definitions. */
async function catalogueStamp(root, url) {
  const parts = []
  for (const t of Object.values(TABLES)) {
    const [r] = await query(url, `select count(*)::int as n, max(updated_at)::text as at, count(*) filter (where deleted_at is null)::int as live from "${t}"`)
    parts.push(`${t}:${r.n}:${r.live}:${r.at}`)
  }
  return `${parts.join(",")}/${fingerprint(root, ["bench/search-module"])}`
}

/** The rows each index holds once filled: every live artist, album and track. */
export async function expectedDocuments(url) {
  const out = {}
  for (const [index, t] of Object.entries(TABLES)) {
    const [r] = await query(url, `select count(*)::int as n from "${t}" where deleted_at is null`)
    out[index] = r.n
  }
  return out
}

async function indexStatus(url) {
  return query(
    url,
    `select si.name, si.active_version,
            v.status, v.physical_name, p.table_name, coalesce(p.document_count, 0)::int as documents,
            exists (select 1 from search_index_version n
                     where n.search_index_id = si.id and n.deleted_at is null
                       and (si.active_version is null or n.version > si.active_version)) as pending
       from search_index si
       left join search_index_version v on v.search_index_id = si.id and v.version = si.active_version and v.deleted_at is null
       left join search_postgres_index p on p.name = v.physical_name
      where si.deleted_at is null and si.name = any($1)`,
    [INDEXES]
  )
}

/**
 * Creates or alters the indexes from the build's definitions, and empties
 * them when the catalogue changed since they were filled, so the server's
 * start refills them.
 */
export async function prepareSearchModule({ root, serverDir, db, say }) {
  await step(say, "Search Module: creating its indexes (medusa db:migrate:search)", path.join(root, "node_modules", ".bin", "medusa"), ["db:migrate:search", "--execute-safe-search"], {
    cwd: serverDir,
    env: medusaEnv(db, { ...localSecrets(root), NODE_ENV: "production", ...SEARCH_MODULE_ENV }),
  })
  const stateFile = path.join(root, ".data", "bench-state.json")
  const state = readState(stateFile)
  const stamp = await catalogueStamp(root, db.url)
  const filledFrom = state.databases?.[db.key]?.searchModule
  if (filledFrom && filledFrom !== stamp) {
    say("Search Module: the catalogue changed since its indexes were filled; emptying them to be refilled")
    for (const s of await indexStatus(db.url)) {
      if (!s.table_name) continue
      await query(db.url, `truncate "${s.table_name.replace(/"/g, '""')}"`)
      await query(db.url, `update search_postgres_index set document_count = 0 where name = $1`, [s.physical_name])
    }
  }
  return {
    /** Records that the indexes now hold this catalogue. */
    filled: () => {
      const s = readState(stateFile)
      s.databases ??= {}
      ;(s.databases[db.key] ??= {}).searchModule = stamp
      writeState(stateFile, s)
    },
  }
}

/** Waits until the server has filled every index with every row. */
export async function waitUntilFilled({ db, server, say, timeoutMs = 20 * 60_000 }) {
  const expected = await expectedDocuments(db.url)
  const t = Date.now()
  let lastSaid = 0
  while (Date.now() - t < timeoutMs) {
    if (server.exited()) throw new Error(`The server stopped while filling the Search Module (${server.exited()}):\n${server.logs()}`)
    const status = await indexStatus(db.url)
    const byName = Object.fromEntries(status.map((s) => [s.name, s]))
    const failed = status.find((s) => s.status === "error")
    if (failed) throw new Error(`The Search Module failed to fill "${failed.name}":\n${server.logs()}`)
    const missing = INDEXES.filter((n) => !byName[n])
    if (missing.length) throw new Error(`No Search Module index named ${missing.join(", ")}: did db:migrate:search run from the benchmark's build?`)
    const done = INDEXES.every((n) => {
      const s = byName[n]
      return s.active_version != null && s.status === "ready" && !s.pending && s.documents === expected[n]
    })
    if (done) {
      say(`Search Module filled in ${((Date.now() - t) / 1000).toFixed(1)} s: ${INDEXES.map((n) => `${n} ${byName[n].documents}`).join(", ")} documents`)
      return { seconds: (Date.now() - t) / 1000, documents: expected }
    }
    if (Date.now() - lastSaid > 15_000) {
      lastSaid = Date.now()
      say(`  Search Module filling: ${INDEXES.map((n) => `${n} ${byName[n].documents}/${expected[n]} (${byName[n].pending ? "new version" : byName[n].status ?? "pending"})`).join(", ")}`)
    }
    await new Promise((r) => setTimeout(r, 1000))
  }
  throw new Error(`The Search Module did not fill its indexes within ${timeoutMs / 60_000} minutes:\n${server.logs()}`)
}
