// `npm run bench:album`: an album page's data from our route,
// /store/music/albums/:id?region_id=, next to Medusa's own product route with
// calculated prices (/store/products/:id?region_id=&fields=*variants.calculated_price),
// for the same albums, rotating over many distinct albums (every album at
// scale 1, up to --albums at larger scales), each pair measured twice in one
// run on one database: with Medusa's Caching Module as the store runs it,
// and with caching off (MUSIC_CACHING=off), so the figure is not a cache's.
// Options: see `npm run bench:album -- --help`.
import fs from "node:fs"
import path from "node:path"
import { fmt, measure, number, printGoals, resultsTable, root, runBenchmark, say } from "./lib/harness.mjs"

await runBenchmark({
  title: "bench:album",
  usage:
    "npm run bench:album -- [options]\n\n" +
    "Compares GET /store/music/albums/:id?region_id= with Medusa's GET /store/products/:id?region_id=&fields=*variants.calculated_price\n" +
    "over the same distinct albums, with caching on and off.\n\nOptions:",
  options: {
    albums: { type: "string", default: "20000" },
    seed: { type: "string", default: "8" },
  },
  help: `
  --albums N          at most this many distinct albums, in a seeded order (default 20000)
  --seed N            seed of the albums' order (default 8)`,
  async main(ctx) {
    const { run, headers, settings } = ctx
    const max = number("albums", ctx.opts.albums, { min: 1, integer: true })
    const seed = number("seed", ctx.opts.seed, { integer: true })
    const albums = await ctx.query(
      `select a.id as album_id, l.product_id, a.title
         from album a
         join music_album_product_product l on l.album_id = a.id and l.deleted_at is null
        where a.deleted_at is null
        order by md5(a.id || $1)
        limit $2`,
      [String(seed), max]
    )
    if (!albums.length) throw new Error("No album with a product in the benchmark database.")
    const [{ n: total }] = await ctx.query(`select count(*)::int as n from album where deleted_at is null`)
    say(`rotating over ${fmt.int(albums.length)} distinct albums of ${fmt.int(total)}`)
    const region = encodeURIComponent(settings.regionId)
    const ours = albums.map((a) => `/store/music/albums/${a.album_id}?region_id=${region}`)
    const medusa = albums.map((a) => `/store/products/${a.product_id}?region_id=${region}&fields=*variants.calculated_price`)

    const config = fs.readFileSync(path.join(root, "medusa-config.ts"), "utf8")
    const switchable = config.includes("MUSIC_CACHING")
    if (!switchable) say("WARNING: medusa-config.ts does not read MUSIC_CACHING: both passes run the same configuration")

    const passes = [
      ["on", "caching on", {}],
      ["off", "caching off", { MUSIC_CACHING: "off" }],
    ]
    const results = {}
    for (const [key, name, env] of passes) {
      const server = await ctx.startServer({ env, label: `${name}:` })
      try {
        results[key] = {
          ours: await measure({ server, headers, label: `ours, ${name}`, requests: ours, cold: 50, opts: run }),
          medusa: await measure({ server, headers, label: `Medusa, ${name}`, requests: medusa, cold: 50, opts: run }),
        }
      } finally {
        await server.stop()
      }
    }

    await ctx.heading()
    console.log(`albums: ${fmt.int(albums.length)} distinct (of ${fmt.int(total)}), each page once before any repeats, same order for every endpoint`)
    if (!switchable) console.log("NOTE: medusa-config.ts does not read MUSIC_CACHING yet: the two passes ran the same configuration")
    console.log("")
    console.log(resultsTable([results.on.ours, results.on.medusa, results.off.ours, results.off.medusa]))
    for (const set of Object.values(results)) {
      for (const r of Object.values(set)) if (r.load.errors) console.log(`errors from ${r.label}: ${JSON.stringify(r.load.errorSamples)}`)
    }
    const ratio = (k) => results[k].ours.load.rps / results[k].medusa.load.rps
    console.log(`\nthroughput ratio ours / Medusa: ${fmt.x(ratio("on"))} with caching, ${fmt.x(ratio("off"))} without`)
    const goals = [
      [`throughput at least 3x Medusa's with caching on (${fmt.x(ratio("on"))})`, ratio("on") >= 3],
      [`throughput at least 3x Medusa's with caching off (${fmt.x(ratio("off"))})`, ratio("off") >= 3],
      [`at least 1,000 distinct albums, or all of them (${fmt.int(albums.length)})`, albums.length >= Math.min(1000, total)],
      [
        `no errors from ours (${results.on.ours.load.errors + results.off.ours.load.errors})`,
        results.on.ours.load.errors + results.off.ours.load.errors === 0,
      ],
    ]
    printGoals(goals)
    const strip = (r) => ({ ...r, load: { ...r.load, perRequest: undefined }, sequential: r.sequential && { ...r.sequential, perRequest: undefined } })
    return {
      albums: albums.length,
      passes: Object.fromEntries(Object.entries(results).map(([k, s]) => [k, { ours: strip(s.ours), medusa: strip(s.medusa) }])),
      goals,
    }
  },
})
