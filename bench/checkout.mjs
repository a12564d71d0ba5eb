// `npm run bench:checkout`: N customers at once (default 20) each add one
// item to a cart and complete checkout with the system payment provider, on
// the production server: once with a track (our cart hooks: quantity and
// ownership checks on add, complete-my-album pricing on every refresh, both
// again at completion; then the order.placed subscribers) and once with a
// plain Medusa product that is no music (bench/lib/plain-product.ts), in the
// same run on the same server. Prints orders created, errors and p50/p95 of
// cart completion for both. Goal: N orders, 0 errors, and the track flow's
// completion p95 within 1.25x of the plain flow's.
//
// Every customer is new (registered through the store API) and buys a
// different track, so nothing is owned and the checks run their full path.
// Carts are prepared concurrently (cart, line, payment collection, session),
// then all N completions are sent together, so both flows complete at the
// same concurrency. One unmeasured customer per flow warms the server first.
// Each round runs both flows, the first round plain then track, the next the
// other way round; after each flow its order subscribers are left to finish
// (for tracks: until ownership is recorded) before the next is timed.
import crypto from "node:crypto"
import os from "node:os"
import path from "node:path"
import { exec } from "../scripts/lib/exec.mjs"
import { formatCatalogue, medusaEnv } from "./lib/database.mjs"
import { fmt, number, printGoals, root, runBenchmark, say, table } from "./lib/harness.mjs"
import { percentile } from "./lib/load.mjs"

const SYSTEM_PROVIDER = "pp_system_default"

await runBenchmark({
  title: "bench:checkout",
  usage: "npm run bench:checkout -- [options]\n\nN customers at once add an item and complete checkout: a track, then a plain product.\n\nOptions:",
  options: { customers: { type: "string", default: "20" }, rounds: { type: "string", default: "2" } },
  help: `
  --customers N       customers completing at once in each flow (default 20)
  --rounds N          rounds of both flows, alternating which goes first (default 2); latencies over all rounds`,
  async main(ctx) {
    const n = number("customers", ctx.opts.customers, { min: 1, integer: true })
    const rounds = number("rounds", ctx.opts.rounds, { min: 1, integer: true })

    say("Making sure the plain product exists (medusa exec bench/lib/plain-product.ts)...")
    const made = await exec(path.join(root, "node_modules", ".bin", "medusa"), ["exec", "./bench/lib/plain-product.ts"], {
      cwd: root,
      capture: true,
      env: medusaEnv(ctx.db),
    })
    const plainVariant = made.output.match(/BENCH_PLAIN_VARIANT=(\S+)/)?.[1]
    if (made.status !== 0 || !plainVariant) throw new Error(`Creating the plain product failed:\n${made.output.trim().split("\n").slice(-30).join("\n")}`)

    // Tracks the store sells (our own module's read model), one per track buyer.
    const perFlow = rounds * n + 1
    const tracks = await ctx.query(
      `select id, variant_id from track
        where deleted_at is null and variant_id is not null and sales_channel_ids <> '{}'
        order by random() limit $1`,
      [perFlow]
    )
    if (tracks.length < perFlow) throw new Error(`The store sells only ${tracks.length} tracks; ${perFlow} are needed.`)

    const server = await ctx.startServer({ label: "server:" })
    try {
      const api = client(server.url, ctx.headers)
      const regionId = ctx.settings.regionId

      say(`Registering ${2 * perFlow} customers...`)
      const customers = await inBatches(2 * perFlow, 4, () => api.registerCustomer())
      const buyers = { plain: customers.slice(0, perFlow), track: customers.slice(perFlow) }
      const variantOf = { plain: () => plainVariant, track: (i) => tracks[i].variant_id }

      say("Warming up: one unmeasured checkout per flow...")
      await runFlow(api, regionId, [buyers.plain[0]], () => plainVariant)
      await runFlow(api, regionId, [buyers.track[0]], () => tracks[0].variant_id)

      const results = { plain: [], track: [] }
      let granted = 0
      for (let r = 0; r < rounds; r++) {
        // Alternating which flow goes first, so neither always meets the other's leftovers.
        for (const flow of r % 2 === 0 ? ["plain", "track"] : ["track", "plain"]) {
          const first = 1 + r * n
          say(`Round ${r + 1}/${rounds}, ${flow === "plain" ? "plain product" : "track"}: ${n} customers at once...`)
          const res = await runFlow(api, regionId, buyers[flow].slice(first, first + n), (i) => variantOf[flow](first + i))
          results[flow].push(res)
          // Each flow's order.placed subscribers run after its responses; let them finish before the next is timed.
          if (flow === "track") granted += await waitForGrants(ctx, res.orders, 60_000)
          else await new Promise((resolve) => setTimeout(resolve, 3000))
        }
      }

      if (server.exited()) throw new Error(`The server stopped during the run (${server.exited()}); its last output:\n${server.logs()}`)

      const plain = merge(results.plain)
      const music = merge(results.track)
      const row = (r) => [
        `${r.orders.length}`,
        `${r.errors.length}`,
        fmt.ms(r.complete.p50),
        fmt.ms(r.complete.p95),
        fmt.ms(r.complete.max),
        fmt.ms(r.add.p50),
        fmt.ms(r.add.p95),
      ]
      console.log("")
      console.log(
        `bench:checkout: ${n} customers at once per flow and round, ${rounds} round(s); each: cart, add one item, payment session (${SYSTEM_PROVIDER}), complete; same server and database`
      )
      console.log(`catalogue: ${formatCatalogue(ctx.catalogue)}; plain product variant ${plainVariant}`)
      console.log(`machine: ${os.cpus().length} CPUs shared by server, PostgreSQL and this client; load average ${os.loadavg().map((l) => l.toFixed(1)).join(" ")}`)
      console.log("")
      console.log(
        table([
          ["", "orders", "errors", "complete p50", "complete p95", "complete max", "add p50", "add p95"],
          ["plain Medusa product", ...row(plain)],
          ["track (our hooks)", ...row(music)],
          ...results.plain.flatMap((p, r) => [
            [`  round ${r + 1} plain`, ...row(p)],
            [`  round ${r + 1} track`, ...row(results.track[r])],
          ]),
        ])
      )
      console.log(`ownership recorded for ${granted}/${music.orders.length} track orders`)
      for (const [label, r] of [["plain", plain], ["track", music]]) {
        for (const e of r.errors.slice(0, 3)) console.log(`  ${label} error: ${e}`)
      }
      const ratio = music.complete.p95 / plain.complete.p95
      const perRound = results.track.map((t) => t.orders.length)
      console.log("")
      printGoals([
        [`${n} track orders in every round (${perRound.join(", ")})`, perRound.every((o) => o === n)],
        [`0 errors (${music.errors.length} track, ${plain.errors.length} plain)`, music.errors.length === 0 && plain.errors.length === 0],
        [`track completion p95 within 1.25x of the plain product's (${fmt.ms(music.complete.p95)} / ${fmt.ms(plain.complete.p95)} = ${ratio.toFixed(2)}x)`, ratio <= 1.25],
      ])
      return { customers: n, rounds, plain: summary(plain), track: summary(music), ratio, granted }
    } finally {
      await server.stop()
    }
  },
})

/** One result of several rounds: orders and errors added up, latencies over all samples. */
function merge(results) {
  return {
    orders: results.flatMap((r) => r.orders),
    errors: results.flatMap((r) => r.errors),
    complete: stats(results.flatMap((r) => r.completeMs)),
    add: stats(results.flatMap((r) => r.addMs)),
  }
}

function summary(r) {
  return { orders: r.orders.length, errors: r.errors, complete: r.complete, add: r.add }
}

function stats(ms) {
  const s = [...ms].sort((a, b) => a - b)
  return { n: s.length, p50: percentile(s, 50), p95: percentile(s, 95), max: s[s.length - 1] ?? NaN }
}

/**
 * Each customer prepares a cart with `variantOf(i)` at the same time; once
 * all are ready, all completions are sent together.
 */
async function runFlow(api, regionId, buyers, variantOf) {
  const errors = []
  const addMs = []
  const prepared = await Promise.all(
    buyers.map(async (b, i) => {
      try {
        const { cart } = await api.post("/store/carts", { region_id: regionId }, b.token)
        const t = performance.now()
        await api.post(`/store/carts/${cart.id}/line-items`, { variant_id: variantOf(i), quantity: 1 }, b.token)
        addMs.push(performance.now() - t)
        const { payment_collection } = await api.post("/store/payment-collections", { cart_id: cart.id }, b.token)
        await api.post(`/store/payment-collections/${payment_collection.id}/payment-sessions`, { provider_id: SYSTEM_PROVIDER }, b.token)
        return { buyer: b, cartId: cart.id }
      } catch (e) {
        errors.push(`preparing the cart: ${e.message}`)
        return null
      }
    })
  )
  const completeMs = []
  const orders = []
  await Promise.all(
    prepared.filter(Boolean).map(async ({ buyer, cartId }) => {
      const t = performance.now()
      try {
        const body = await api.post(`/store/carts/${cartId}/complete`, {}, buyer.token)
        completeMs.push(performance.now() - t)
        if (body.type === "order") orders.push(body.order.id)
        else errors.push(`completion answered a cart: ${JSON.stringify(body.error ?? body).slice(0, 200)}`)
      } catch (e) {
        completeMs.push(performance.now() - t)
        errors.push(`completing: ${e.message}`)
      }
    })
  )
  return { orders, errors, completeMs, addMs, complete: stats(completeMs), add: stats(addMs) }
}

/** Waits until the ownership module recorded every order (our own table), or the time is up; returns how many it did. */
async function waitForGrants(ctx, orderIds, timeoutMs) {
  if (!orderIds.length) return 0
  const until = Date.now() + timeoutMs
  for (;;) {
    const [row] = await ctx.query(`select count(distinct order_id)::int as n from owned_track where order_id = any($1)`, [orderIds])
    if (row.n === orderIds.length || Date.now() > until) return row.n
    await new Promise((r) => setTimeout(r, 250))
  }
}

async function inBatches(count, concurrency, fn) {
  const out = []
  for (let i = 0; i < count; i += concurrency) {
    out.push(...(await Promise.all(Array.from({ length: Math.min(concurrency, count - i) }, fn))))
  }
  return out
}

function client(url, headers) {
  const call = async (method, p, body, token) => {
    const res = await fetch(`${url}${p}`, {
      method,
      headers: { "content-type": "application/json", ...headers, ...(token ? { authorization: `Bearer ${token}` } : {}) },
      body: body === undefined ? undefined : JSON.stringify(body),
    })
    const json = await res.json().catch(() => ({}))
    if (!res.ok) throw new Error(`${method} ${p}: ${res.status} ${JSON.stringify(json).slice(0, 300)}`)
    return json
  }
  return {
    post: (p, body, token) => call("POST", p, body, token),
    async registerCustomer() {
      const email = `bench-checkout-${Date.now()}-${crypto.randomBytes(4).toString("hex")}@example.com`
      const password = crypto.randomBytes(12).toString("base64url")
      const reg = await call("POST", "/auth/customer/emailpass/register", { email, password })
      await call("POST", "/store/customers", { email, first_name: "Bench", last_name: "Buyer" }, reg.token)
      const login = await call("POST", "/auth/customer/emailpass", { email, password })
      return { token: login.token }
    },
  }
}
