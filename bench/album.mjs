// `npm run bench:album`: an album page's data from our route,
// /store/music/albums/:id?region_id=, next to Medusa's own product route
// with calculated prices, for the same albums (the ~20 Chinook albums with
// the most tracks), at 10 connections, in one run on one server.
// Options: see `npm run bench:album -- --help`.
import { runBenchmark } from "./lib/harness.mjs"

const ALBUMS = 20

await runBenchmark({
  title: "bench:album",
  usage: "npm run bench:album -- [options]\n\nCompares GET /store/music/albums/:id?region_id= with Medusa's GET /store/products/:id?region_id=&fields=*variants.calculated_price.\n\nOptions:",
  async targets({ query, settings }) {
    // Real Chinook albums: they have prices (synthetic ones have none).
    const albums = await query(
      `select a.id as album_id, l.product_id, a.title, count(t.id)::int as tracks
         from album a
         join music_album_product_product l on l.album_id = a.id and l.deleted_at is null
         join track t on t.album_id = a.id and t.deleted_at is null
        where a.deleted_at is null and a.chinook_id is not null
        group by a.id, l.product_id, a.title
        order by count(t.id) desc, a.id
        limit $1`,
      [ALBUMS]
    )
    if (!albums.length) throw new Error("No album with a product in the benchmark database.")
    const region = encodeURIComponent(settings.regionId)
    const tracks = albums.reduce((n, a) => n + a.tracks, 0)
    return {
      ours: {
        label: "ours /store/music/albums/:id",
        paths: albums.map((a) => `/store/music/albums/${a.album_id}?region_id=${region}`),
      },
      medusa: {
        label: "Medusa /store/products/:id",
        paths: albums.map((a) => `/store/products/${a.product_id}?region_id=${region}&fields=*variants.calculated_price`),
      },
      names: albums.map((a) => `"${a.title}" (${a.tracks} tracks)`),
      notes: [`albums: ${albums.length}, ${(tracks / albums.length).toFixed(1)} tracks on average (${albums[0].title}: ${albums[0].tracks})`],
    }
  },
  goals: ({ ratio }) => [[`throughput at least 3x Medusa's (${ratio.toFixed(1)}x)`, ratio >= 3]],
})
