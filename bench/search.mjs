// `npm run bench:search`: catalogue search, in one run on one server and
// database, through
//   (a) ours, GET /store/music/search?q=&limit=5;
//   (b) Medusa's own Search Module (search-postgres), POST /store/search with
//       one query per index over our artists, albums and tracks
//       (bench/search-module, in the benchmark's build only), typo tolerance
//       on and the last word matched as a prefix, 5 hits each;
//   (c) Medusa's GET /store/products?q=&limit=5, as a storefront calls it;
// on a fixed set of queries and on a generated set of distinct queries (none
// repeated within the run, so no response cache decides); with a quality
// score on the labelled queries of bench/search-labels.json, and the
// framework's floor (a trivial store route) measured alongside.
// Options: see `npm run bench:search -- --help`.
import fs from "node:fs"
import path from "node:path"
import { fmt, measure, number, printGoals, resultsTable, root, runBenchmark, say, table } from "./lib/harness.mjs"
import { probe } from "./lib/load.mjs"
import { checkLabels, generateQueries, judge, topHits, VARIANTS } from "./lib/queries.mjs"
import { prepareSearchModule, SEARCH_MODULE_ENV, waitUntilFilled } from "./lib/search-module.mjs"

/** What customers type: the fixed set, sent to every route in this order. */
export const QUERIES = [
  // exact artist names
  "Iron Maiden", "Led Zeppelin", "Metallica", "U2", "Antônio Carlos Jobim", "Red Hot Chili Peppers",
  // typos
  "iron maidn", "led zepelin", "metalica", "ozzy osborne", "guns n roses", "red hot chilli peppers",
  // without accents or punctuation
  "antonio carlos jobim", "joao gilberto", "acustico mtv", "nacao zumbi", "acdc",
  // prefixes, as typed
  "metal", "beeth", "zeppelin", "smells like", "garota", "stair", "sant",
  // album titles
  "appetite for destruction", "use your illusion", "black sabbath vol 4", "greatest hits", "live after death",
  // track names and composers
  "stairway to heaven", "enter sandman", "sweet child o mine", "fear of the dark", "desafinado", "whole lotta love", "beethoven",
]

const FLOOR = "/store/music/genres?limit=1"
const LABELS = path.join(root, "bench", "search-labels.json")

const enc = encodeURIComponent
const routes = (limit) => ({
  ours: { label: "ours /store/music/search", request: (q) => `/store/music/search?q=${enc(q)}&limit=${limit}` },
  module: {
    label: "Search Module POST /store/search",
    request: (q) => ({
      path: "/store/search",
      method: "POST",
      body: {
        queries: [
          ["artist", ["id", "name"]],
          ["album", ["id", "title", "artist_name", "artist_id", "cover_url"]],
          ["track", ["id", "name", "composer", "artist_name", "album_title", "album_id", "milliseconds"]],
        ].map(([entity, fields]) => ({
          entity,
          fields,
          filters: { q },
          pagination: { take: limit },
          // Its most forgiving settings: typos, and the last word as a prefix
          // (a search box's typeahead); no total count, which a search box
          // does not show and which only costs it time.
          search_options: { typo_tolerance: true, match_strategy: "last", count: "none" },
        })),
      },
    }),
  },
  products: { label: "Medusa /store/products?q=", request: (q) => `/store/products?q=${enc(q)}&limit=${limit}` },
})

await runBenchmark({
  title: "bench:search",
  usage:
    "npm run bench:search -- [options]\n\n" +
    "Compares GET /store/music/search?q= with Medusa's Search Module (POST /store/search over artist, album and\n" +
    "track indexes, typo tolerance on) and GET /store/products?q=, on a fixed and a generated query set, with a\n" +
    "quality score on bench/search-labels.json and the floor of a trivial store route.\n\nOptions:",
  options: {
    limit: { type: "string", default: "5" },
    distinct: { type: "string", default: "30000" },
    seed: { type: "string", default: "8" },
  },
  help: `
  --limit N           hits per kind (ours, Search Module) and products per page (default 5)
  --distinct N        size of the generated set of distinct queries (default 30000)
  --seed N            seed of the generated set (default 8)`,
  async main(ctx) {
    const { db, run, headers } = ctx
    const limit = number("limit", ctx.opts.limit, { min: 1, integer: true })
    const distinct = number("distinct", ctx.opts.distinct, { min: 100, integer: true })
    const seed = number("seed", ctx.opts.seed, { integer: true })
    const R = routes(limit)

    const { labels } = JSON.parse(fs.readFileSync(LABELS, "utf8"))
    const unknown = await checkLabels(db.url, labels)
    if (unknown.length) say(`WARNING: ${unknown.length} labels expect names not in the catalogue: ${unknown.map((l) => `"${l.q}"`).join(", ")}`)
    const generated = await generateQueries(db.url, { count: distinct, seed })
    say(
      `generated ${fmt.int(generated.queries.length)} distinct queries (seed ${seed}): ` +
        Object.entries(generated.byVariant).map(([v, n]) => `${fmt.int(n)} ${v}`).join(", ") +
        `, e.g. ${generated.queries.slice(0, 6).map((q) => `"${q}"`).join(", ")}`
    )

    const searchModule = await prepareSearchModule({ root, serverDir: ctx.serverDir, db, say })
    const server = await ctx.startServer({ env: SEARCH_MODULE_ENV })
    const filled = await waitUntilFilled({ db, server, say })
    searchModule.filled()

    // Quality first, on a quiet server, one request at a time.
    const quality = {}
    const misses = {}
    for (const [key, route] of Object.entries(R)) {
      const answers = await probe({ baseUrl: server.url, requests: labels.map((l) => route.request(l.q)), headers })
      const failed = answers.filter((a) => a.status !== 200)
      if (failed.length) say(`  ${route.label}: ${failed.length} labelled queries answer ${failed[0].status}: ${JSON.stringify(failed[0].json ?? failed[0].error).slice(0, 300)}`)
      const hits = labels.map((l, i) => judge(key, answers[i].json, l))
      quality[key] = hits.filter(Boolean).length
      misses[key] = labels
        .map((l, i) => ({ q: l.q, got: topHits(key, answers[i].json, l.kind).map((h) => (l.composer ? h.composer : h.names.find(Boolean)) ?? null) }))
        .filter((_, i) => !hits[i])
    }

    const sets = [
      ["fixed", `fixed set (${QUERIES.length} queries, cycled)`, QUERIES],
      ["generated", `generated set (${fmt.int(generated.queries.length)} distinct queries, none repeated)`, generated.queries],
    ]
    const results = {}
    for (const [key, title, queries] of sets) {
      say(`${title}:`)
      results[key] = {}
      for (const [route, r] of Object.entries(R)) {
        results[key][route] = await measure({ server, headers, label: r.label, requests: queries.map(r.request), cold: 50, opts: run })
      }
    }
    say("framework floor:")
    const floor = await measure({ server, headers, label: `floor ${FLOOR}`, requests: [FLOOR], cold: 20, opts: run })

    await ctx.heading()
    console.log(`Search Module: indexes filled at server start in ${filled.seconds.toFixed(1)} s (${Object.entries(filled.documents).map(([k, n]) => `${fmt.int(n)} ${k}s`).join(", ")}); ${limit} hits per kind`)
    for (const [key, title] of sets) {
      console.log(`\n${title}`)
      console.log(resultsTable([...Object.values(results[key]), floor]))
    }
    const byVariant = (r) =>
      Object.fromEntries(
        VARIANTS.map((v) => {
          const l = r.load.perRequest.filter((s) => generated.variants[s.i] === v).map((s) => s.p50).sort((a, b) => a - b)
          return [v, { n: l.length, p50: l[Math.floor(l.length / 2)] }]
        })
      )
    console.log(`\ndistinct queries, p50 under load by kind of query (queries measured):`)
    console.log(
      table([
        ["", ...Object.values(R).map((r) => r.label)],
        ...VARIANTS.map((v) => [v, ...Object.keys(R).map((k) => {
          const b = byVariant(results.generated[k])[v]
          return `${fmt.ms(b.p50)} (${b.n})`
        })]),
      ])
    )
    console.log(`\nquality on ${labels.length} labelled queries (expected name among the first 2 hits of its kind):`)
    console.log(
      table([
        ["", ...Object.values(R).map((r) => r.label)],
        ["found", ...Object.keys(R).map((k) => `${quality[k]}/${labels.length}`)],
      ])
    )
    for (const [k, r] of Object.entries(R)) {
      if (misses[k].length) {
        console.log(`  missed by ${r.label} (its first 2 hits of that kind):`)
        console.log(`    ${misses[k].map((m) => `"${m.q}" (${m.got.length ? m.got.map((g) => JSON.stringify(g)).join(", ") : "none"})`).join("; ")}`)
      }
    }
    for (const set of Object.values(results)) {
      for (const r of [...Object.values(set), floor]) {
        if (r.load.errors) console.log(`errors from ${r.label}: ${JSON.stringify(r.load.errorSamples)}`)
      }
    }

    const ratio = (set) => results[set].ours.load.rps / results[set].module.load.rps
    const seqOurs = results.generated.ours.sequential?.p50
    const seqFloor = floor.sequential?.p50
    const errors = Object.values(results).reduce((n, set) => n + set.ours.load.errors, 0)
    const goals = [
      [`throughput at least 5x the Search Module's, fixed set (${fmt.x(ratio("fixed"))})`, ratio("fixed") >= 5],
      [`throughput at least 5x the Search Module's, distinct queries (${fmt.x(ratio("generated"))})`, ratio("generated") >= 5],
      [`quality at least the Search Module's (${quality.ours} vs ${quality.module} of ${labels.length})`, quality.ours >= quality.module],
      [
        `sequential p50 within 1.3x of the floor, distinct queries (${fmt.ms(seqOurs)} vs ${fmt.ms(seqFloor)}: ${fmt.x(seqOurs / seqFloor)})`,
        seqOurs <= 1.3 * seqFloor,
      ],
      [`floor at most 5 ms, sequential p50 (${fmt.ms(seqFloor)})`, seqFloor <= 5],
      [`no errors from ours (${errors})`, errors === 0],
    ]
    console.log(`\nthroughput ratio ours / Search Module: ${fmt.x(ratio("fixed"))} fixed, ${fmt.x(ratio("generated"))} distinct; ours / products: ${fmt.x(results.fixed.ours.load.rps / results.fixed.products.load.rps)} fixed, ${fmt.x(results.generated.ours.load.rps / results.generated.products.load.rps)} distinct`)
    printGoals(goals)
    const slow = results.fixed.ours.load.perRequest
      .map((s) => ({ ...s, q: QUERIES[s.i] }))
      .sort((a, b) => b.p50 - a.p50)
      .slice(0, 5)
    console.log(`\nslowest of ours, fixed set (p50 under load): ${slow.map((s) => `"${s.q}" ${fmt.ms(s.p50)}`).join("; ")}`)
    const slowest = results.generated.ours.load.perRequest
      .map((s) => ({ ...s, q: generated.queries[s.i], v: generated.variants[s.i] }))
      .sort((a, b) => b.p50 - a.p50)
      .slice(0, 8)
    console.log(`slowest of ours, distinct queries (under load): ${slowest.map((s) => `"${s.q}" (${s.v}) ${fmt.ms(s.p50)}`).join("; ")}`)

    const strip = (r) => ({ ...r, load: { ...r.load, perRequest: undefined }, sequential: r.sequential && { ...r.sequential, perRequest: undefined } })
    return {
      limit,
      searchModule: filled,
      quality: { labels: labels.length, found: quality, misses },
      sets: Object.fromEntries(Object.entries(results).map(([k, set]) => [k, Object.fromEntries(Object.entries(set).map(([r, v]) => [r, strip(v)]))])),
      floor: strip(floor),
      goals,
    }
  },
})
