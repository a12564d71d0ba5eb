// `npm run bench:search`: catalogue search through our route,
// /store/music/search?q=, next to Medusa's own /store/products?q= (default
// fields), with the same mixed query set (exact names, typos, names typed
// without accents, prefixes as typed, album and track titles), at 10
// connections, in one run on one server.
// Options: see `npm run bench:search -- --help`.
import { runBenchmark } from "./lib/harness.mjs"

/** What customers type: every query is sent to both endpoints, in this order. */
export const QUERIES = [
  // exact artist names
  "Iron Maiden", "Led Zeppelin", "Metallica", "U2", "Antônio Carlos Jobim", "Red Hot Chili Peppers",
  // typos
  "iron maidn", "led zepelin", "metalica", "ozzy osborne", "guns n roses", "red hot chilli peppers",
  // without accents
  "antonio carlos jobim", "joao gilberto", "acustico mtv", "nacao zumbi",
  // prefixes, as typed
  "metal", "beeth", "zeppelin", "smells like", "garota", "stair", "sant",
  // album titles
  "appetite for destruction", "use your illusion", "black sabbath vol 4", "greatest hits", "live after death",
  // track names
  "stairway to heaven", "enter sandman", "sweet child o mine", "fear of the dark", "desafinado", "whole lotta love",
]


await runBenchmark({
  title: "bench:search",
  usage:
    "npm run bench:search -- [options]\n\n" +
    `Compares GET /store/music/search?q= with Medusa's GET /store/products?q= (its default page, as a storefront calls it) over ${QUERIES.length} queries.\n\nOptions:`,
  async targets() {
    const q = (s) => encodeURIComponent(s)
    return {
      ours: { label: "ours /store/music/search", paths: QUERIES.map((s) => `/store/music/search?q=${q(s)}`) },
      medusa: { label: "Medusa /store/products?q=", paths: QUERIES.map((s) => `/store/products?q=${q(s)}`) },
      names: QUERIES.map((s) => `"${s}"`),
    }
  },
  goals: ({ ours, ratio }) => [
    [`throughput at least 10x Medusa's, aim 20x (${ratio.toFixed(1)}x)`, ratio >= 10],
    [`p99 under 50 ms (${ours.p99.toFixed(1)} ms)`, ours.p99 < 50],
    [`responses under 10 KB (${(ours.meanBytes / 1024).toFixed(1)} KB mean)`, ours.meanBytes < 10 * 1024],
    [`no errors (${ours.errors})`, ours.errors === 0],
  ],
})
