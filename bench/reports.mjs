// `npm run bench:reports`: staff sales reports, GET /admin/reports/sales, on
// a sales history N times Chinook's (--sales, default 100: 41,200 orders,
// about 224,000 ledger lines), every grouping measured the same way, each
// request over a date range of its own (none repeated within the run, so
// no cache decides), with a staff login. Then the peer: the same report by
// month worked out through Medusa's Query over every order and its items
// (bench/lib/reports-peer.ts), which is what a store without the ledger
// would do, and its figures checked against the ledger's.
// Options: see `npm run bench:reports -- --help`.
import crypto from "node:crypto"
import path from "node:path"
import { exec } from "../scripts/lib/exec.mjs"
import { localSecrets } from "../scripts/lib/secrets.mjs"
import { medusaEnv, settle } from "./lib/database.mjs"
import { fmt, measure, number, printGoals, root, runBenchmark, say, table } from "./lib/harness.mjs"
import { percentile } from "./lib/load.mjs"

const GROUPINGS = ["month", "year", "country", "genre", "artist", "album", "track", "media_type", "support_rep"]
const GOAL_P95_MS = 300
const medusa = path.join(root, "node_modules", ".bin", "medusa")

/** mulberry32, seeded: the same ranges every run. */
function generator(seed) {
  let a = seed >>> 0
  return () => {
    a = (a + 0x6d2b79f5) >>> 0
    let t = a
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}

const DAY = 24 * 60 * 60 * 1000
const day = (t) => new Date(t).toISOString().slice(0, 10)

/**
 * `count` distinct (from, to) day ranges within 2020-12-01..2026-01-31 (the
 * history is 2021-2025), of every length from a day to the whole span, with
 * a few open on one side.
 */
function ranges(count, seed) {
  const rand = generator(seed)
  const start = Date.UTC(2020, 11, 1)
  const days = Math.round((Date.UTC(2026, 0, 31) - start) / DAY)
  const seen = new Set()
  const out = []
  while (out.length < count) {
    const a = Math.floor(rand() * days)
    const b = a + Math.floor(rand() * (days - a))
    const open = rand()
    const from = open < 0.05 ? "" : day(start + a * DAY)
    const to = open > 0.95 ? "" : day(start + b * DAY)
    const qs = `${from ? `&from=${from}` : ""}${to ? `&to=${to}` : ""}`
    if (seen.has(qs)) continue
    seen.add(qs)
    out.push(qs)
  }
  return out
}

async function run(label, args, env, db) {
  const res = await exec(medusa, args, { cwd: root, capture: true, env: medusaEnv(db, env) })
  if (res.status !== 0) throw new Error(`${label} failed:\n${res.output.trim().split("\n").slice(-40).join("\n")}`)
  return res.output
}

await runBenchmark({
  title: "bench:reports",
  usage:
    "npm run bench:reports -- [options]\n\n" +
    "Times GET /admin/reports/sales for every grouping over distinct date ranges, on a sales history N x Chinook,\n" +
    "and the same report by month through Medusa's Query over orders and items (the peer).\n\nOptions:",
  options: {
    sales: { type: "string", default: "100" },
    limit: { type: "string", default: "100" },
    distinct: { type: "string", default: "20000" },
    seed: { type: "string", default: "8" },
    "peer-runs": { type: "string", default: "1" },
  },
  help: `
  --sales N           make the sales history N x Chinook first (default 100: 41,200 orders); 1 removes the synthetic orders
  --limit N           groups per report (default 100, the route's default)
  --distinct N        distinct date ranges generated per grouping (default 20000)
  --seed N            seed of the ranges (default 8)
  --peer-runs N       times the peer is timed (default 1: it takes minutes at --sales 100)`,
  async main(ctx) {
    const { db, run: opts } = ctx
    const sales = number("sales", ctx.opts.sales, { min: 1, integer: true })
    const limit = number("limit", ctx.opts.limit, { min: 1, integer: true })
    const distinct = number("distinct", ctx.opts.distinct, { min: 100, integer: true })
    const seed = number("seed", ctx.opts.seed, { integer: true })
    const peerRuns = number("peer-runs", ctx.opts["peer-runs"], { min: 1, integer: true })

    say(`Making the sales history ${sales} x Chinook (data/synthetic/sales.ts, Order Module createOrders + ownership recordSales)...`)
    let t = Date.now()
    const seedOutput = await run("The sales seed", ["exec", "./data/synthetic/sales.ts"], { SALES_SCALE: String(sales) }, db)
    for (const l of seedOutput.split("\n").filter((l) => /^(making|removing|sales history|\d+ copies|  copy \d+0:)/.test(l))) say(`  ${l.trim()}`)
    const seedSeconds = (Date.now() - t) / 1000
    say(`sales seed: ${seedSeconds.toFixed(1)} s (medusa exec boot included)`)
    t = Date.now()
    await settle(db.url)
    say(`vacuum (analyze) after the seed: ${((Date.now() - t) / 1000).toFixed(1)} s`)
    const [history] = await ctx.query(
      `select (select count(*) from "order" where deleted_at is null)::int as orders,
              (select count(*) from "order" where deleted_at is null and metadata ? 'synthetic_sales')::int as synthetic_orders,
              (select count(*) from sale_line where deleted_at is null)::int as lines,
              (select count(*) from sale_line where deleted_at is null and kind = 'album')::int as album_lines,
              (select count(*) from sale_rollup where deleted_at is null)::int as rollup_rows,
              (select min(sold_at) from sale_line)::date::text as first_sale, (select max(sold_at) from sale_line)::date::text as last_sale`
    )
    say(
      `history: ${fmt.int(history.orders)} orders (${fmt.int(history.synthetic_orders)} synthetic), ${fmt.int(history.lines)} ledger lines ` +
        `(${fmt.int(history.album_lines)} whole albums), ${fmt.int(history.rollup_rows)} rollup rows (monthly, quarterly and yearly sums), ${history.first_sale}..${history.last_sale}`
    )

    // A staff login of its own, its password derived from this checkout's secret.
    const email = "bench-staff@chinook.test"
    const password = crypto.createHash("sha256").update(`${localSecrets(root).JWT_SECRET}:bench-staff`).digest("base64url")
    await run("The bench staff login", ["exec", "./bench/lib/staff-login.ts"], { BENCH_STAFF_EMAIL: email, BENCH_STAFF_PASSWORD: password }, db)

    const server = await ctx.startServer({ label: "server:" })
    const login = await fetch(`${server.url}/auth/user/emailpass`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ email, password }),
    })
    if (!login.ok) throw new Error(`Staff login failed: ${login.status} ${await login.text()}`)
    const headers = { authorization: `Bearer ${(await login.json()).token}` }

    // The ledger's answer for the whole history, by month: the figures the peer must find too.
    const whole = await (await fetch(`${server.url}/admin/reports/sales?group_by=month&limit=1000`, { headers })).json()
    if (!whole.rows) throw new Error(`The report answered ${JSON.stringify(whole).slice(0, 300)}`)

    const results = {}
    for (const [i, group_by] of GROUPINGS.entries()) {
      const requests = ranges(distinct, seed + i).map((r) => `/admin/reports/sales?group_by=${group_by}&limit=${limit}${r}`)
      results[group_by] = await measure({ server, headers, label: group_by, requests, cold: 20, opts })
    }
    // The whole history in one request per grouping, one connection (the admin page's first view).
    const full = {}
    for (const group_by of GROUPINGS) {
      const ms = []
      for (let k = 0; k < 10; k++) {
        const s = performance.now()
        const res = await fetch(`${server.url}/admin/reports/sales?group_by=${group_by}&limit=${limit}`, { headers })
        await res.arrayBuffer()
        ms.push(performance.now() - s)
      }
      ms.sort((a, b) => a - b)
      full[group_by] = { p50: percentile(ms, 50), max: ms[ms.length - 1] }
    }
    await server.stop()

    say(`peer: Medusa's Query over every order and its items, by month (${peerRuns} runs, in-process)...`)
    const peerOutput = await run("The peer", ["exec", "./bench/lib/reports-peer.ts"], { PEER_RUNS: String(peerRuns) }, db)
    const peer = JSON.parse(peerOutput.match(/BENCH_PEER=(.+)/)?.[1] ?? "null")
    if (!peer) throw new Error(`The peer printed no figures:\n${peerOutput.slice(-2000)}`)
    const peerTimes = [...peer.times].sort((a, b) => a - b)
    const ledgerMonths = Object.fromEntries(whole.rows.map((r) => [r.key, { cents: Math.round(r.revenue * 100), units: r.units, orders: r.orders }]))
    const monthKeys = [...new Set([...Object.keys(ledgerMonths), ...Object.keys(peer.months)])].sort()
    const disagree = monthKeys.filter((k) => JSON.stringify(ledgerMonths[k]) !== JSON.stringify(peer.months[k]))

    await ctx.heading()
    console.log(
      `sales history: ${fmt.int(history.orders)} orders (${sales} x Chinook: ${fmt.int(history.synthetic_orders)} synthetic orders made by the Order Module's createOrders, ` +
        `ledger rows by the ownership module's recordSales), ${fmt.int(history.lines)} ledger lines, ${fmt.int(history.rollup_rows)} monthly, quarterly and yearly sums; ` +
        `each request a distinct from/to range (of ${fmt.int(distinct)} per grouping), limit ${limit}`
    )
    console.log("")
    console.log(
      table([
        ["GET /admin/reports/sales", "requests/s", "p50", "p95", "p99", "seq p50", "seq p95", "whole history p50", "errors", "repeats?"],
        ...GROUPINGS.map((g) => {
          const r = results[g]
          return [
            `group_by=${g}`,
            fmt.rps(r.load.rps),
            fmt.ms(r.load.p50),
            fmt.ms(r.load.p95),
            fmt.ms(r.load.p99),
            r.sequential ? fmt.ms(r.sequential.p50) : "-",
            r.sequential ? fmt.ms(r.sequential.p95) : "-",
            fmt.ms(full[g].p50),
            String(r.load.errors + (r.sequential?.errors ?? 0)),
            r.wrapped ? "YES" : "no",
          ]
        }),
      ])
    )
    for (const g of GROUPINGS) if (results[g].load.errors) console.log(`errors from ${g}: ${JSON.stringify(results[g].load.errorSamples)}`)
    console.log(
      `\npeer, revenue by month through Query over ${fmt.int(peer.orders)} orders and their items (pages of ${peer.page}, in-process, no HTTP): ` +
        `${peerTimes.map((x) => fmt.ms(x)).join(", ")} (best ${fmt.ms(peerTimes[0])}); the ledger's route for the same report: ${fmt.ms(full.month.p50)} p50 ` +
        `(${fmt.x(peerTimes[0] / full.month.p50)} faster than the peer's best)`
    )
    console.log(
      disagree.length
        ? `MISMATCH between the ledger and the orders in ${disagree.length} months, e.g. ${disagree.slice(0, 3).map((k) => `${k}: ledger ${JSON.stringify(ledgerMonths[k])} vs orders ${JSON.stringify(peer.months[k])}`).join("; ")}`
        : `the ledger's monthly revenue, units and orders equal the orders' own in all ${monthKeys.length} months`
    )
    const worst = GROUPINGS.reduce((w, g) => (results[g].load.p95 > results[w].load.p95 ? g : w), GROUPINGS[0])
    const errors = GROUPINGS.reduce((n, g) => n + results[g].load.errors + (results[g].sequential?.errors ?? 0), 0)
    const goals = [
      [`every grouping under ${GOAL_P95_MS} ms p95 at ${opts.connections} connections (worst: ${worst}, ${fmt.ms(results[worst].load.p95)})`, results[worst].load.p95 < GOAL_P95_MS],
      [
        `every grouping under ${GOAL_P95_MS} ms p95 on one connection (worst: ${fmt.ms(Math.max(...GROUPINGS.map((g) => results[g].sequential?.p95 ?? NaN)))})`,
        GROUPINGS.every((g) => (results[g].sequential?.p95 ?? Infinity) < GOAL_P95_MS),
      ],
      [`the ledger agrees with Medusa's orders month by month (${disagree.length} months differ)`, disagree.length === 0],
      [`no errors (${errors})`, errors === 0],
      [`no range repeated within a grouping`, GROUPINGS.every((g) => !results[g].wrapped)],
    ]
    printGoals(goals)
    const strip = (r) => ({ ...r, load: { ...r.load, perRequest: undefined }, sequential: r.sequential && { ...r.sequential, perRequest: undefined } })
    return {
      sales,
      history,
      seed_seconds: seedSeconds,
      limit,
      groupings: Object.fromEntries(GROUPINGS.map((g) => [g, { ...strip(results[g]), whole_history: full[g] }])),
      peer: { orders: peer.orders, page: peer.page, times: peer.times, disagreeing_months: disagree },
      goals,
    }
  },
})
