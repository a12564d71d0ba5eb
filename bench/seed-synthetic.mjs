// `npm run seed:synthetic -- --scale N`: makes the synthetic benchmark
// catalogue exactly N x Chinook (data/synthetic/run.ts) in the benchmark
// database: the embedded one in .data/bench-postgres, or --database-url /
// BENCH_DATABASE_URL. Runs migrations and the Chinook import there first if
// they are missing. `--remove` (or --scale 0) deletes every synthetic row.
import path from "node:path"
import { fileURLToPath } from "node:url"
import { parseArgs } from "node:util"
import { catalogueSize, formatCatalogue, prepareDatabase, query, resolveBenchDatabase } from "./lib/database.mjs"
import { runSynthetic } from "./lib/synthetic.mjs"

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..")
const say = (m) => console.log(`${process.stdout.isTTY ? "\x1b[36m[synthetic]\x1b[0m" : "[synthetic]"} ${m}`)
const usage = `npm run seed:synthetic -- --scale N | --remove [--database-url URL]

  --scale N           make the synthetic catalogue exactly N x Chinook
                      (N x 275 artists, N x 347 albums, about N x 3,500 tracks)
  --remove            delete every synthetic row (same as --scale 0)
  --database-url URL  PostgreSQL to use (default: BENCH_DATABASE_URL, else the
                      embedded server in .data/bench-postgres)`

let opts
try {
  opts = parseArgs({
    options: { scale: { type: "string" }, remove: { type: "boolean" }, "database-url": { type: "string" }, help: { type: "boolean", short: "h" } },
  }).values
} catch (e) {
  console.error(`${e.message}\n\n${usage}`)
  process.exit(2)
}
if (opts.help) {
  console.log(usage)
  process.exit(0)
}
const scale = opts.remove ? 0 : Number(opts.scale)
if (opts.scale === undefined && !opts.remove) {
  console.error(`Give --scale N or --remove.\n\n${usage}`)
  process.exit(2)
}
if (!Number.isInteger(scale) || scale < 0) {
  console.error(`--scale must be a whole number >= 0, got "${opts.scale}".`)
  process.exit(2)
}
try {
  process.loadEnvFile(path.join(root, ".env"))
} catch {}

let db
let code = 0
const stop = async () => {
  await db?.stop().catch(() => {})
}
process.on("SIGINT", async () => {
  await stop()
  process.exit(130)
})
try {
  db = await resolveBenchDatabase({ root, url: opts["database-url"] })
  say(`database: ${db.describe}`)
  const [tables] = await query(db.url, "select to_regclass('public.album') is not null as ok")
  if (scale === 0 && !tables?.ok) {
    say("no catalogue tables in this database: nothing to remove")
  } else {
    if (scale > 0) await prepareDatabase({ root, db, say })
    const s = await runSynthetic({ root, db, scale })
    say(`${scale === 0 ? "removal" : `scale ${scale}`} done in ${s.toFixed(1)} s (medusa exec boot included)`)
    say(`catalogue: ${formatCatalogue(await catalogueSize(db.url))}`)
  }
} catch (e) {
  console.error(`\n${e?.message ?? e}\n`)
  code = 1
} finally {
  await stop()
}
process.exit(code)
