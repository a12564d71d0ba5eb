import type { AxiosInstance } from "axios"
import { registerCustomerWithId } from "../helpers/customer"
import { cartWith, completeCart, payWithSystemProvider, type Auth } from "../helpers/purchase"
import { eventually } from "../helpers/staff-side"
import { CLUSTER_REDIS_URL, pendingEvents, startClusterEnv, type ClusterEnv } from "./cluster-env"

/*
 * The store as it runs in production: two API servers and one worker
 * (MEDUSA_WORKER_MODE server/worker) sharing PostgreSQL and Redis (event bus,
 * workflow engine, locking, caching). Orders are placed through both servers;
 * only the worker handles their events (ownership, ledger, confirmation
 * email, delivery). Nothing may be done twice, nothing lost, no 5xx.
 */

if (!CLUSTER_REDIS_URL) {
  process.stderr.write(
    "\n[cluster tests] SKIPPED: CLUSTER_REDIS_URL is not set. They start Medusa servers and a worker on Redis; " +
      "run them with CLUSTER_REDIS_URL=redis://127.0.0.1:6379 (.ci/run sets it).\n\n"
  )
}
const describeCluster = CLUSTER_REDIS_URL ? describe : describe.skip

// Generous: a loaded machine is slow, not wrong (on an idle one each test takes seconds).
jest.setTimeout(300_000)

const log = (m: string) => process.stderr.write(`[cluster tests] ${m}\n`)

type Purchase = { customer_id: string; order_id: string; track_ids: string[] }
type Customer = { id: string; auth: Auth; email: string }

describeCluster("two servers and a worker on Redis", () => {
  let env: ClusterEnv
  let customerCount = 0

  beforeAll(async () => {
    env = await startClusterEnv({ servers: 2, workers: 1 })
  }, 480_000)

  afterAll(async () => {
    await env?.stop()
  }, 120_000)

  const tracks = () => env.fixture.album.tracks
  const key = () => env.fixture.setup.publishable_key

  /** A client that sends each request to the next server in turn, so one purchase crosses both. */
  function alternating(start: number): AxiosInstance {
    let n = start
    const next = () => env.api(n++)
    return {
      get: (...a: any[]) => (next().get as any)(...a),
      post: (...a: any[]) => (next().post as any)(...a),
      delete: (...a: any[]) => (next().delete as any)(...a),
    } as AxiosInstance
  }

  async function newCustomers(count: number): Promise<Customer[]> {
    return Promise.all(
      Array.from({ length: count }, async () => {
        const email = `cluster-${++customerCount}-${Date.now()}@example.com`
        // Registration and login go through the proxy: any server verifies the token another signed.
        const { id, auth } = await registerCustomerWithId(env.proxy, key(), { email })
        return { id, auth, email }
      })
    )
  }

  /** A paid cart of these tracks, made through both servers, completed through `server`. */
  async function purchase(customer: Customer, trackIndexes: number[], server: number): Promise<Purchase> {
    const api = alternating(server)
    const variantIds = trackIndexes.map((i) => tracks()[i].variant_id)
    const cart = await cartWith(api, env.fixture.setup, customer.auth, variantIds)
    await payWithSystemProvider(api, cart.id, customer.auth)
    const { status, data } = await completeCart(env.api(server), cart.id, customer.auth)
    if (data?.type !== "order") throw new Error(`cart ${cart.id} did not complete on server ${server} (${status}): ${JSON.stringify(data).slice(0, 500)}`)
    return { customer_id: customer.id, order_id: data.order.id, track_ids: trackIndexes.map((i) => tracks()[i].id) }
  }

  /** What the worker recorded for these purchases, as counts per row key. */
  async function recorded(purchases: Purchase[]) {
    const customers = [...new Set(purchases.map((p) => p.customer_id))]
    const orders = purchases.map((p) => p.order_id)
    const [owned, sales, emails, deliveries] = await Promise.all([
      env.db.query(
        `SELECT customer_id, track_id, order_id, count(*)::int AS n FROM owned_track
          WHERE customer_id = ANY($1) AND deleted_at IS NULL AND revoked_at IS NULL GROUP BY 1, 2, 3`,
        [customers]
      ),
      env.db.query(
        `SELECT order_id, track_id, count(*)::int AS n FROM sale_line
          WHERE order_id = ANY($1) AND deleted_at IS NULL AND status = 'sold' GROUP BY 1, 2`,
        [orders]
      ),
      env.db.query(
        `SELECT resource_id AS order_id, count(*)::int AS n, count(*) FILTER (WHERE status = 'success')::int AS sent
           FROM notification WHERE resource_id = ANY($1) AND template = 'order-confirmation' GROUP BY 1`,
        [orders]
      ),
      env.db.query(
        `SELECT l.order_id, count(*)::int AS n FROM order_fulfillment l
           JOIN fulfillment f ON f.id = l.fulfillment_id AND f.deleted_at IS NULL
          WHERE l.order_id = ANY($1) AND l.deleted_at IS NULL GROUP BY 1`,
        [orders]
      ),
    ])
    return { owned: owned.rows, sales: sales.rows, emails: emails.rows, deliveries: deliveries.rows }
  }

  const ownedKeys = (purchases: Purchase[]) =>
    purchases.flatMap((p) => p.track_ids.map((t) => `${p.customer_id} ${t} ${p.order_id}`)).sort()

  /** Every row the purchases should give is there (none missing; duplicates are checked after). */
  async function allArrived(purchases: Purchase[]) {
    const r = await recorded(purchases)
    const expected = purchases.reduce((n, p) => n + p.track_ids.length, 0)
    return (
      r.owned.length >= expected &&
      r.sales.length >= expected &&
      r.emails.length >= purchases.length &&
      r.emails.every((e) => e.sent === e.n) &&
      r.deliveries.length >= purchases.length
    )
  }

  /**
   * Waits until everything the purchases set off has arrived and the event
   * queue is empty (so that a late duplicate would be in the tables too),
   * then checks each row is there exactly once.
   */
  async function expectRecordedOnce(purchases: Purchase[], timeoutMs = 120_000) {
    await eventually(() => allArrived(purchases), "the ownership, ledger, emails and deliveries of every order", timeoutMs)
    await eventually(async () => (await pendingEvents(env.redis)) === 0, "an empty event queue", timeoutMs)
    await new Promise((r) => setTimeout(r, 1000))
    const r = await recorded(purchases)
    expect(r.owned.map((o) => `${o.customer_id} ${o.track_id} ${o.order_id}`).sort()).toEqual(ownedKeys(purchases))
    expect(r.owned.filter((o) => o.n !== 1)).toEqual([])
    expect(r.sales.map((s) => `${s.order_id} ${s.track_id}`).sort()).toEqual(
      purchases.flatMap((p) => p.track_ids.map((t) => `${p.order_id} ${t}`)).sort()
    )
    expect(r.sales.filter((s) => s.n !== 1)).toEqual([])
    expect(r.emails.map((e) => [e.order_id, e.n, e.sent]).sort()).toEqual(purchases.map((p) => [p.order_id, 1, 1]).sort())
    expect(r.deliveries.map((d) => [d.order_id, d.n]).sort()).toEqual(purchases.map((p) => [p.order_id, 1]).sort())
  }

  /** Each customer's orders one after the other (one checkout per customer at a time), customers at once. */
  async function burst(plan: [Customer, number[], number][][], each?: () => void): Promise<Purchase[]> {
    const orders = await Promise.all(
      plan.map(async (orders) => {
        const made: Purchase[] = []
        for (const [customer, trackIndexes, server] of orders) {
          made.push(await purchase(customer, trackIndexes, server))
          each?.()
        }
        return made
      })
    )
    return orders.flat()
  }

  const took = (since: number) => `${((Date.now() - since) / 1000).toFixed(1)} s`

  it("a burst of orders through both servers gives each customer their tracks, ledger rows and email exactly once", async () => {
    const customers = await newCustomers(6)
    // Two orders per customer, each through a different server.
    let t = Date.now()
    const purchases = await burst(
      customers.map((c, i) => [
        [c, [i % 6], i % 2],
        [c, [(i + 1) % 6, (i + 2) % 6], (i + 1) % 2],
      ])
    )
    log(`burst: ${purchases.length} orders in ${took(t)}`)
    expect(new Set(purchases.map((p) => p.order_id)).size).toBe(12)
    t = Date.now()
    await expectRecordedOnce(purchases)
    log(`burst: recorded in ${took(t)}`)
  })

  it("stopping the worker mid-burst and starting it again loses no event and does none twice", async () => {
    const customers = await newCustomers(4)
    // The worker stops (gracefully, as a deployment stops it) after the third
    // order while the others are being placed...
    let completed = 0
    let stopping: Promise<void> | undefined
    let t = Date.now()
    const before = await burst(
      customers.map((c, i) => [
        [c, [i % 6, (i + 3) % 6], i % 2],
        [c, [(i + 1) % 6], (i + 1) % 2],
      ]),
      () => {
        if (++completed === 3) stopping = env.cluster.stop("workers", 0)
      }
    )
    await stopping
    log(`worker stopped; ${before.length} orders placed in ${took(t)}`)
    // ...and the burst goes on while it is down.
    t = Date.now()
    const whileDown = await burst(customers.map((c, i) => [[c, [(i + 2) % 6], i % 2]]))
    log(`${whileDown.length} orders placed without a worker in ${took(t)}`)
    // Servers handle no events: these orders wait for the worker.
    const held = new Set(whileDown.map((p) => p.order_id))
    const pending = await recorded(whileDown)
    expect(pending.owned.filter((o) => held.has(o.order_id))).toEqual([])
    expect(pending.sales).toEqual([])
    expect(pending.emails).toEqual([])
    expect(await pendingEvents(env.redis)).toBeGreaterThan(0)

    t = Date.now()
    await env.cluster.start("workers", 0)
    log(`worker started again in ${took(t)}`)
    t = Date.now()
    await expectRecordedOnce([...before, ...whileDown])
    log(`all recorded ${took(t)} after the restart`)
  })

  it("one cart completed through both servers at once yields one order, and the other request a clean answer", async () => {
    const [customer] = await newCustomers(1)
    const purchases: Purchase[] = []
    for (let round = 0; round < 3; round++) {
      const cart = await cartWith(env.api(round), env.fixture.setup, customer.auth, [tracks()[round].variant_id])
      await payWithSystemProvider(env.api(round + 1), cart.id, customer.auth)
      const answers = await Promise.all([0, 1].map((s) => completeCart(env.api(s), cart.id, customer.auth)))
      log(`one cart through both servers at once, round ${round + 1}: ${answers.map((a) => `${a?.status} ${a?.data?.type ?? a?.data?.message ?? ""}`).join(" | ")}`)
      for (const a of answers) expect(a?.status).toBeLessThan(500)
      const orders = answers.filter((a) => a.data?.type === "order").map((a) => a.data.order.id)
      expect(orders.length).toBeGreaterThanOrEqual(1)
      // A second answer that is an order is the same order (Medusa's completion is idempotent per cart).
      expect(new Set(orders).size).toBe(1)
      const { rows } = await env.db.query(
        "SELECT order_id FROM order_cart WHERE cart_id = $1 AND deleted_at IS NULL",
        [cart.id]
      )
      expect(rows.map((r) => r.order_id)).toEqual(orders.slice(0, 1))
      const { rows: made } = await env.db.query(
        "SELECT count(*)::int AS n FROM \"order\" WHERE customer_id = $1 AND deleted_at IS NULL",
        [customer.id]
      )
      expect(made[0].n).toBe(round + 1)
      purchases.push({ customer_id: customer.id, order_id: orders[0], track_ids: [tracks()[round].id] })
    }
    await expectRecordedOnce(purchases)
  })

  it("counts an account's failed logins on both servers together (Redis), so a guesser gains nothing by changing server", async () => {
    const [customer] = await newCustomers(1)
    const login = (server: number, password: string) =>
      env.api(server).post("/auth/customer/emailpass", { email: customer.email, password }).catch((e: any) => e.response)
    // Two failures on each server: each server alone is under the limit of 4.
    for (let i = 0; i < 4; i++) expect((await login(i % 2, "a-wrong-guess")).status).toBe(401)
    for (const server of [0, 1]) {
      const locked = await login(server, "s3cret-Pass")
      expect(locked.status).toBe(429)
      expect(locked.data.message).toMatch(/^Too many failed logins; try again in \d+ minutes\.$/)
    }
  })

  it("two carts of one customer with the same track, completed through both servers at once, sell it once", async () => {
    // The per-customer checkout lock (src/workflows/cart/checkout-lock.ts) must hold across servers.
    const [customer] = await newCustomers(1)
    const carts = await Promise.all(
      [0, 1].map(async (s) => {
        const cart = await cartWith(env.api(s), env.fixture.setup, customer.auth, [tracks()[4].variant_id])
        await payWithSystemProvider(env.api(s), cart.id, customer.auth)
        return cart
      })
    )
    const answers = await Promise.all(carts.map((c, s) => completeCart(env.api(s), c.id, customer.auth)))
    log(`two carts of one customer at once: ${answers.map((a) => `${a?.status} ${a?.data?.type ?? a?.data?.message ?? ""}`).join(" | ")}`)
    for (const a of answers) expect(a?.status).toBeLessThan(500)
    const orders = answers.filter((a) => a.data?.type === "order")
    expect(orders).toHaveLength(1)
    const refused = answers.find((a) => a.data?.type !== "order")
    expect(refused.status).toBeGreaterThanOrEqual(400)
    expect(String(refused.data?.message ?? "")).not.toBe("")
    await expectRecordedOnce([{ customer_id: customer.id, order_id: orders[0].data.order.id, track_ids: [tracks()[4].id] }])
  })
})
