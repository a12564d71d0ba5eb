// `npm run bench:load`: the store under a mix of customers, first on one
// `shared` server, then on a cluster of 2 API servers and 1 worker behind the
// round-robin proxy (scripts/lib/cluster.mjs), both on the same database and
// Redis (REDIS_URL as production sets it: event bus, workflow engine, locking,
// caching and sessions in Redis). Each target gets two timed phases:
// - browse: album lists (several orders and pages), album pages, artist
//   pages, genre pages, track lists and search, all distinct requests;
// - mixed: the same browsing, plus logged-in customers editing their
//   playlists (add a track, rename, remove a track) and buying a track
//   (cart, line item, payment collection, session with the system provider,
//   completion).
// Prints requests/s, p50/p95/p99 and errors for each, and the cluster/single
// ratio. Goal: 0 errors and the cluster at least 1.5x the single server on
// the browse phase. The two targets walk disjoint halves of one shuffled list
// of requests, so the cluster never reads what the single server's run put
// in the shared cache.
import crypto from "node:crypto"
import http from "node:http"
import os from "node:os"
import { startCluster } from "../scripts/lib/cluster.mjs"
import { cpuMeter, formatCpu } from "./lib/cpu.mjs"
import { formatCatalogue } from "./lib/database.mjs"
import { fmt, number, printGoals, root, runBenchmark, say, table } from "./lib/harness.mjs"
import { percentile } from "./lib/load.mjs"
import { generateQueries, rng } from "./lib/queries.mjs"

const SYSTEM_PROVIDER = "pp_system_default"

/** Browse requests by page, so a slow kind shows on its own (above the top-level await, as constants are not hoisted). */
const BROWSE_KINDS = [
  ["search", /^\/store\/music\/search\?/],
  ["album list", /^\/store\/music\/albums\?/],
  ["album page", /^\/store\/music\/albums\//],
  ["artist page", /^\/store\/music\/artists\//],
  ["genre page", /^\/store\/music\/genres\//],
  ["track list", /^\/store\/music\/tracks\?/],
]
const browseKind = (path) => BROWSE_KINDS.find(([, re]) => re.test(path))?.[0] ?? "other page"

// Before the top-level await below: a class, unlike a function, is not hoisted.
/** Latencies and outcomes of the requests of one phase, all and by kind. */
class Recorder {
  constructor() {
    this.all = []
    this.kinds = new Map()
    this.errors = 0
    this.errorSamples = new Map()
  }
  add(kind, ms, ok, why) {
    this.all.push(ms)
    if (!this.kinds.has(kind)) this.kinds.set(kind, { ms: [], errors: 0 })
    const k = this.kinds.get(kind)
    k.ms.push(ms)
    if (!ok) {
      this.errors++
      k.errors++
      this.errorSamples.set(why, (this.errorSamples.get(why) ?? 0) + 1)
    }
  }
  summary(seconds) {
    const stats = (ms, errors) => {
      const s = [...ms].sort((a, b) => a - b)
      return { requests: s.length, errors, rps: (s.length - errors) / seconds, p50: percentile(s, 50), p95: percentile(s, 95), p99: percentile(s, 99) }
    }
    return {
      all: stats(this.all, this.errors),
      byKind: Object.fromEntries([...this.kinds].map(([k, v]) => [k, stats(v.ms, v.errors)])),
      errorSamples: Object.fromEntries(this.errorSamples),
    }
  }
}

await runBenchmark({
  title: "bench:load",
  usage:
    "npm run bench:load -- [options]\n\n" +
    "A browsing mix, then browsing with playlist edits and checkouts, on one shared server and on a cluster (2 servers + 1 worker).\n\nOptions:",
  options: {
    // Longer phases and more connections than the other benches' defaults.
    duration: { type: "string", default: "20" },
    connections: { type: "string", default: "16" },
    "redis-url": { type: "string" },
    servers: { type: "string", default: "2" },
    workers: { type: "string", default: "1" },
    customers: { type: "string", default: "16" },
    seed: { type: "string" },
    via: { type: "string", default: "direct" },
  },
  help: `
  --redis-url URL     Redis for both targets (default BENCH_REDIS_URL, else
                      redis://127.0.0.1:6379/14: a database number of its own,
                      since Medusa's queues are not namespaced)
  --servers N         API servers of the cluster (default 2)
  --workers N         workers of the cluster (default 1)
  --customers N       logged-in customers per target for playlist edits and checkouts (default 16)
  --seed N            order of the requests (default: a new one each run)
  --via direct|proxy  the cluster's requests go round-robin straight to its servers, as
                      an outside load balancer would send them (default), or through
                      the launcher's proxy, which runs in this process
  Here --duration defaults to 20 and --connections to 16; --sequential is not used.`,
  async main(ctx) {
    const { run, opts, settings } = ctx
    const { seconds, connections, warmup } = run
    const redisUrl = opts["redis-url"] || process.env.BENCH_REDIS_URL || "redis://127.0.0.1:6379/14"
    const servers = number("servers", opts.servers, { min: 1, integer: true })
    const workers = number("workers", opts.workers, { min: 1, integer: true })
    const customers = number("customers", opts.customers, { min: 1, integer: true })
    const via = opts.via
    if (!["direct", "proxy"].includes(via)) throw new Error(`--via must be direct or proxy, got "${via}".`)
    const seed = opts.seed === undefined ? crypto.randomInt(1, 2 ** 31) : number("seed", opts.seed, { integer: true })

    const inputs = await buildInputs(ctx, seed)
    say(
      `requests: ${fmt.int(inputs.browse[0].length + inputs.browse[1].length)} distinct browse/search requests ` +
        `(${fmt.int(inputs.browse[0].length)} per target), ${fmt.int(inputs.tracks.length)} tracks on sale; seed ${seed}`
    )
    const shared = { MEDUSA_WORKER_MODE: "shared", REDIS_URL: redisUrl }
    const loadBefore = os.loadavg()
    const results = {}

    // One shared server: API, events and jobs in one process.
    {
      const server = await ctx.startServer({ env: shared, label: `single: one shared server on ${redisUrl}` })
      try {
        results.single = await measureTarget({ label: "single", baseUrls: [server.url], pids: { servers: [server.pid] }, ctx, inputs, half: 0, seconds, warmup, connections, customers })
      } finally {
        await server.stop()
      }
      if (server.exited() && server.exited() !== "SIGINT") say(`single server exited: ${server.exited()}`)
    }

    {
      say(`cluster: ${servers} server(s) + ${workers} worker(s) on ${redisUrl}...`)
      const t = Date.now()
      const cluster = await startCluster({
        servers,
        workers,
        databaseUrl: ctx.db.url,
        redisUrl,
        serverDir: ctx.serverDir,
        // As the single server (bench/lib/server.mjs): many customers from one address.
        env: { LOG_LEVEL: process.env.BENCH_SERVER_LOG_LEVEL || "warn", AUTH_RATE_LIMIT: "off" },
      })
      say(`cluster ready in ${((Date.now() - t) / 1000).toFixed(1)} s on ${cluster.url}`)
      try {
        // Through the proxy, it and this client share one process (and, on a
        // small machine, one core); an outside load balancer costs the
        // servers nothing, so by default the client balances by itself.
        const baseUrls = via === "proxy" ? [cluster.url] : cluster.servers.map((s) => s.url)
        const pids = { servers: cluster.servers.map((s) => s.pid), workers: cluster.workers.map((w) => w.pid) }
        results.cluster = await measureTarget({ label: "cluster", baseUrls, pids, ctx, inputs, half: 1, seconds, warmup, connections, customers })
        const stopped = [...cluster.servers, ...cluster.workers].filter((p) => !p.running)
        if (stopped.length) throw new Error(`${stopped.map((p) => `${p.name} (${p.exited})`).join(", ")} stopped during the run:\n${stopped[0].logs()}`)
      } finally {
        await cluster.stop()
      }
    }

    const { single, cluster } = results
    const row = (r) => [fmt.rps(r.rps), fmt.ms(r.p50), fmt.ms(r.p95), fmt.ms(r.p99), `${fmt.int(r.requests)} (${r.errors})`]
    console.log("")
    console.log(
      `bench:load: ${connections} connections, ${warmup} s warm-up + ${seconds} s per phase; single = 1 shared server, ` +
        `cluster = ${servers} server(s) + ${workers} worker(s), ${via === "proxy" ? "through the proxy" : "requests spread round-robin by the client"}; same database and Redis (${redisUrl})`
    )
    console.log(`catalogue: ${formatCatalogue(ctx.catalogue)}`)
    console.log(
      `machine: ${os.cpus().length} CPUs shared by the servers, PostgreSQL, Redis and this client; ` +
        `load average before ${loadBefore.map((l) => l.toFixed(1)).join(" ")}, after ${os.loadavg().map((l) => l.toFixed(1)).join(" ")}`
    )
    console.log("")
    const phases = [
      ["browse", "browse (lists, pages, search)"],
      ["mixed", "mixed (browse + playlists + checkout)"],
    ]
    console.log(
      table([
        ["", "requests/s", "p50", "p95", "p99", "requests (errors)"],
        ...phases.flatMap(([key, name]) => [
          [`${name}: single`, ...row(single[key].all)],
          [`${name}: cluster`, ...row(cluster[key].all)],
          ...[...(key === "browse" ? BROWSE_KINDS.map(([k]) => k) : []), "playlist", "checkout"]
            .filter((k) => single[key].byKind[k] && cluster[key].byKind[k])
            .flatMap((k) => [
              [`  ${k} requests: single`, ...row(single[key].byKind[k])],
              [`  ${k} requests: cluster`, ...row(cluster[key].byKind[k])],
            ]),
        ]),
      ])
    )
    for (const [label, r] of [["single", single], ["cluster", cluster]]) {
      console.log(
        `${label}: ${r.mixed.orders} orders placed in the mixed phase, ownership recorded for ${r.granted}; ` +
          `${r.mixed.playlistEdits} playlist edits; browse list ${r.browse.wrapped ? "wrapped (some requests repeated)" : "not repeated"}`
      )
      for (const [k, n] of Object.entries({ ...r.browse.errorSamples, ...r.mixed.errorSamples }).slice(0, 5)) {
        console.log(`  ${label} error: ${n} x ${k}`)
      }
    }
    console.log("")
    console.log("CPU during each phase, in cores (servers: the API processes; workers: the cluster's worker):")
    for (const [key] of phases) {
      for (const [label, r] of [["single", single], ["cluster", cluster]]) console.log(`  ${key} ${label}: ${formatCpu(r[key].cpu)}`)
    }
    const ratio = {
      browse: cluster.browse.all.rps / single.browse.all.rps,
      mixed: cluster.mixed.all.rps / single.mixed.all.rps,
    }
    const ceiling = scalingCeiling(single.browse, cluster.browse)
    console.log("")
    console.log(`cluster/single requests/s: browse ${fmt.x(ratio.browse)} (${ratio.browse.toFixed(2)}), mixed ${fmt.x(ratio.mixed)} (${ratio.mixed.toFixed(2)})`)
    if (ceiling) {
      console.log(
        `browse requests per server core: single ${ceiling.perCore.single.toFixed(0)}, cluster ${ceiling.perCore.cluster.toFixed(0)}; ` +
          `the single server used ${ceiling.serverCores.toFixed(2)} cores with ${ceiling.idleCores.toFixed(2)} idle, so on this machine ` +
          `more servers could reach at most ~${ceiling.ratio.toFixed(2)}x`
      )
    }
    const errors = ["browse", "mixed"].reduce((n, k) => n + single[k].all.errors + cluster[k].all.errors, 0)
    console.log("")
    printGoals([
      [`0 errors (${errors})`, errors === 0],
      [`every order's ownership recorded by a worker (single ${single.granted}/${single.mixed.orders}, cluster ${cluster.granted}/${cluster.mixed.orders})`,
        single.granted === single.mixed.orders && cluster.granted === cluster.mixed.orders],
      [`cluster at least 1.5x the single server on the browse mix (${ratio.browse.toFixed(2)}x)`, ratio.browse >= 1.5],
    ])
    const strip = (t) => ({
      browse: { ...t.browse.all, byKind: t.browse.byKind, cpu: t.browse.cpu },
      mixed: { ...t.mixed.all, byKind: t.mixed.byKind, orders: t.mixed.orders, playlistEdits: t.mixed.playlistEdits, cpu: t.mixed.cpu },
      granted: t.granted,
    })
    return { seed, via, servers, workers, connections, seconds, loadBefore, loadAfter: os.loadavg(), single: strip(single), cluster: strip(cluster), ratio, ceiling }
  },
})


/**
 * What the machine allowed: throughput per core the API servers used, and
 * the most the servers could have gained from the cores the single server's
 * run left idle (if requests cost the same CPU however many servers answer,
 * the requests/s of more servers grow at most with the cores they can get).
 */
function scalingCeiling(single, cluster) {
  if (!single.cpu || !cluster.cpu) return null
  const serverCores = single.cpu.cores.servers
  const idleCores = single.cpu.cpus * (1 - single.cpu.busy)
  return {
    serverCores,
    idleCores,
    perCore: { single: single.all.rps / serverCores, cluster: cluster.all.rps / cluster.cpu.cores.servers },
    ratio: (serverCores + idleCores) / serverCores,
  }
}

/**
 * The requests both targets share: browse and search requests shuffled and
 * split in two halves, and the tracks on sale (for playlists and checkouts).
 */
async function buildInputs(ctx, seed) {
  const region = encodeURIComponent(ctx.settings.regionId)
  const q = ctx.query
  const [albums, artists, genres, tracks] = await Promise.all([
    q(`select id from album where deleted_at is null and sales_channel_ids <> '{}'`),
    // An artist page answers 404 for an artist with nothing on sale (Chinook has some).
    q(`select distinct artist_id as id from album where deleted_at is null and sales_channel_ids <> '{}'`),
    // Pages only up to each genre's size (a genre page lists albums, its
    // track list tracks): past it a page is an empty, cheap answer.
    q(`select g.id, count(t.id)::int as tracks, count(distinct t.album_id)::int as albums from genre g join track t on t.genre_id = g.id and t.deleted_at is null and t.sales_channel_ids <> '{}' where g.deleted_at is null group by g.id`),
    q(`select id, variant_id from track where deleted_at is null and variant_id is not null and sales_channel_ids <> '{}' order by md5(id || $1)`, [String(seed)]),
  ])
  if (!albums.length || !tracks.length) throw new Error("The benchmark database sells no albums or tracks.")
  // A browsing mix shaped like a store's traffic: about half album lists and
  // genre pages, a third searches, then album and artist pages. Every request is
  // distinct (lists and genre pages at every offset), enough that neither
  // target repeats one in its warm-up and phases at about 100 requests/s:
  // a repeated request could be answered from the shared cache.
  const { queries } = await generateQueries(ctx.db.url, { count: 2000, seed })
  const list = []
  for (const a of albums) list.push(`/store/music/albums/${a.id}?region_id=${region}`)
  for (const a of artists) list.push(`/store/music/artists/${a.id}?region_id=${region}`)
  for (const g of genres) {
    for (let offset = 0; offset < g.albums; offset += 1) list.push(`/store/music/genres/${g.id}?region_id=${region}&offset=${offset}`)
    for (let offset = 0; offset < g.tracks; offset += 20) list.push(`/store/music/tracks?genre_id=${g.id}&region_id=${region}&limit=20&offset=${offset}`)
  }
  for (const order of ["title", "-title", "created_at", "-created_at"]) {
    for (const limit of [12, 24]) {
      for (let offset = 0; offset < albums.length; offset += 1) list.push(`/store/music/albums?order=${order}&offset=${offset}&limit=${limit}&region_id=${region}`)
    }
  }
  for (const text of queries) list.push(`/store/music/search?q=${encodeURIComponent(text)}&region_id=${region}`)
  const random = rng(seed)
  for (let i = list.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1))
    ;[list[i], list[j]] = [list[j], list[i]]
  }
  const half = Math.floor(list.length / 2)
  return { browse: [list.slice(0, half), list.slice(half)], tracks, region: ctx.settings.regionId }
}

/** Requests spread round-robin over `baseUrls` (one: the single server or the proxy; several: the cluster's servers). */
function client(baseUrls, headers, connections) {
  const agent = new http.Agent({ keepAlive: true, maxSockets: connections })
  const targets = baseUrls.map((u) => new URL(u))
  let turn = 0
  let recorder = null
  /** One request; recorded (unless `record` is false) under `kind`; resolves to the parsed body, throws on a non-2xx. */
  const call = (kind, method, path, { body, token, record = true } = {}) =>
    new Promise((resolve, reject) => {
      const payload = body === undefined ? undefined : Buffer.from(JSON.stringify(body))
      const t = performance.now()
      const target = targets[turn++ % targets.length]
      const send = (retried) => {
        const req = http.request(
          {
            host: target.hostname,
            port: target.port,
            path,
            method,
            agent,
            headers: {
              ...headers,
              ...(token && { authorization: `Bearer ${token}` }),
              ...(payload && { "content-type": "application/json", "content-length": payload.length }),
            },
          },
          (res) => {
            const chunks = []
            res.on("data", (c) => chunks.push(c))
            res.on("end", () => {
              const ms = performance.now() - t
              const ok = res.statusCode >= 200 && res.statusCode < 300
              const text = Buffer.concat(chunks).toString()
              const why = ok ? undefined : `${method} ${path.replace(/\?.*/, "").replace(/_[0-9A-Z]{20,}/g, "_…")}: HTTP ${res.statusCode} ${text.slice(0, 160)}`
              if (record && recorder) recorder.add(kind, ms, ok, why)
              if (!ok) return reject(new Error(why))
              try {
                resolve(text ? JSON.parse(text) : {})
              } catch {
                resolve({})
              }
            })
            res.on("error", reject)
          }
        )
        req.setTimeout(60_000, () => req.destroy(new Error("timeout after 60 s")))
        req.on("error", (e) => {
          // A kept-alive socket the server closed as idle just as this request
          // went out: the server never read it, so it is sent again once, as
          // Node's documentation advises (request.reusedSocket); a browser does the same.
          if (!retried && req.reusedSocket && e.code === "ECONNRESET") return send(true)
          const why = `${method} ${path.replace(/\?.*/, "")}: ${e.message}`
          if (record && recorder) recorder.add(kind, performance.now() - t, false, why)
          reject(new Error(why))
        })
        req.end(payload)
      }
      send(false)
    })
  return {
    call,
    record: (r) => (recorder = r),
    close: () => agent.destroy(),
  }
}

/** Registers and logs in `n` new customers (not measured), each with one playlist. */
async function makeCustomers(api, n) {
  const out = []
  for (let i = 0; i < n; i += 4) {
    const batch = await Promise.all(
      Array.from({ length: Math.min(4, n - i) }, async () => {
        const email = `bench-load-${Date.now()}-${crypto.randomBytes(4).toString("hex")}@example.com`
        const password = crypto.randomBytes(12).toString("base64url")
        const reg = await api.call("setup", "POST", "/auth/customer/emailpass/register", { body: { email, password }, record: false })
        await api.call("setup", "POST", "/store/customers", { body: { email, first_name: "Load", last_name: "Bench" }, token: reg.token, record: false })
        const { token } = await api.call("setup", "POST", "/auth/customer/emailpass", { body: { email, password }, record: false })
        const { playlist } = await api.call("setup", "POST", "/store/customers/me/playlists", { body: { name: "Bench playlist" }, token, record: false })
        return { token, playlistId: playlist.id, inPlaylist: [], bought: new Set() }
      })
    )
    out.push(...batch)
  }
  return out
}

/**
 * Warm-up, then the browse phase and the mixed phase on one target. Each
 * connection loops over actions for the phase's duration; in the mixed phase
 * a customer is held by one connection at a time.
 */
async function measureTarget({ label, baseUrls, pids, ctx, inputs, half, seconds, warmup, connections, customers }) {
  const api = client(baseUrls, { "x-publishable-api-key": ctx.settings.publishableKey }, connections)
  const browse = inputs.browse[half]
  // Each target buys from its own half of the tracks: a customer cannot buy what is owned.
  const tracks = inputs.tracks.filter((_, i) => i % 2 === half)
  const cursor = { i: 0, track: 0 }
  const nextBrowse = () => browse[cursor.i++ % browse.length]
  const nextTrack = () => tracks[cursor.track++ % tracks.length]

  say(`  ${label}: registering ${customers} customers...`)
  const people = await makeCustomers(api, customers)
  const idle = [...people]

  const browseAction = () => {
    const path = nextBrowse()
    return api.call(browseKind(path), "GET", path).catch(() => {})
  }

  async function playlistAction(c) {
    const path = `/store/customers/me/playlists/${c.playlistId}`
    if (c.inPlaylist.length >= 5) {
      const track = c.inPlaylist.shift()
      await api.call("playlist", "DELETE", `${path}/tracks/${track}`, { token: c.token })
    } else if (c.inPlaylist.length && Math.random() < 0.2) {
      await api.call("playlist", "POST", path, { body: { name: `Bench ${crypto.randomBytes(3).toString("hex")}` }, token: c.token })
    } else {
      const track = nextTrack().id
      if (c.inPlaylist.includes(track)) return
      await api.call("playlist", "POST", `${path}/tracks`, { body: { track_id: track }, token: c.token })
      c.inPlaylist.push(track)
    }
    stats.playlistEdits++
  }

  async function checkoutAction(c) {
    let track = nextTrack()
    while (c.bought.has(track.id)) track = nextTrack()
    c.bought.add(track.id)
    const t = c.token
    const { cart } = await api.call("checkout", "POST", "/store/carts", { body: { region_id: inputs.region }, token: t })
    await api.call("checkout", "POST", `/store/carts/${cart.id}/line-items`, { body: { variant_id: track.variant_id, quantity: 1 }, token: t })
    const { payment_collection } = await api.call("checkout", "POST", "/store/payment-collections", { body: { cart_id: cart.id }, token: t })
    await api.call("checkout", "POST", `/store/payment-collections/${payment_collection.id}/payment-sessions`, { body: { provider_id: SYSTEM_PROVIDER }, token: t })
    const done = await api.call("checkout", "POST", `/store/carts/${cart.id}/complete`, { token: t })
    if (done.type === "order") stats.orders.push(done.order.id)
  }

  async function customerAction(fn) {
    const c = idle.shift()
    if (!c) return browseAction()
    try {
      await fn(c)
    } catch {
      // Recorded by the client; the loop goes on.
    } finally {
      idle.push(c)
    }
  }

  // The mixed phase: 80% browsing, 14% playlist edits, 6% checkouts (a checkout is five requests).
  const mixedAction = () => {
    const r = Math.random()
    if (r < 0.8) return browseAction()
    if (r < 0.94) return customerAction(playlistAction)
    return customerAction(checkoutAction)
  }

  const stats = { orders: [], playlistEdits: 0 }
  const phase = async (secs, action, recorder) => {
    api.record(recorder)
    const until = performance.now() + secs * 1000
    const started = performance.now()
    const meter = cpuMeter(pids)
    await Promise.all(
      Array.from({ length: connections }, async () => {
        while (performance.now() < until) await action()
      })
    )
    return { secs: (performance.now() - started) / 1000, cpu: meter.stop() }
  }

  say(`  ${label}: warm-up ${warmup} s...`)
  await phase(warmup, browseAction, null)
  say(`  ${label}: browse phase ${seconds} s at ${connections} connections...`)
  const browseRec = new Recorder()
  const browseStart = cursor.i
  const { secs: browseSecs, cpu: browseCpu } = await phase(seconds, browseAction, browseRec)
  const wrapped = cursor.i - browseStart > browse.length
  say(`  ${label}: mixed phase ${seconds} s at ${connections} connections...`)
  const mixedRec = new Recorder()
  stats.playlistEdits = 0
  const { secs: mixedSecs, cpu: mixedCpu } = await phase(seconds, mixedAction, mixedRec)
  api.close()

  // The worker (or the shared server) records ownership from order.placed.
  const granted = await waitForGrants(ctx, stats.orders, 60_000)
  return {
    browse: { ...browseRec.summary(browseSecs), wrapped, cpu: browseCpu },
    mixed: { ...mixedRec.summary(mixedSecs), orders: stats.orders.length, playlistEdits: stats.playlistEdits, cpu: mixedCpu },
    granted,
  }
}

async function waitForGrants(ctx, orderIds, timeoutMs) {
  if (!orderIds.length) return 0
  const until = Date.now() + timeoutMs
  for (;;) {
    const [row] = await ctx.query(`select count(distinct order_id)::int as n from owned_track where order_id = any($1)`, [orderIds])
    if (row.n === orderIds.length || Date.now() > until) return row.n
    await new Promise((r) => setTimeout(r, 250))
  }
}
