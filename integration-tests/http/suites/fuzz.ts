import type { MedusaSuiteOptions } from "@medusajs/test-utils"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { STAFF_MODULE } from "../../../src/modules/staff"
import type StaffModuleService from "../../../src/modules/staff/service"
import { MUSIC_MODULE } from "../../../src/modules/music"
import type MusicModuleService from "../../../src/modules/music/service"
import { ensureStoreSetup } from "../../../src/lib/store-setup"
import { registerCustomerWithId } from "../../helpers/customer"
import { createTestAlbums } from "../../helpers/catalogue"
import { buy, staffAuth, type Auth } from "../../helpers/staff-side"
import { fillPath, ourRoutes, validatorKeys, type OurRoute } from "../../helpers/routes"

/*
 * Hostile input on every route of ours (found from src/api/**\/route.ts): a
 * few thousand malformed requests, made from a seeded PRNG (FUZZ_SEED, printed
 * on failure, replays the same requests), each answered with a 4xx that says
 * what is wrong, or a 2xx where the input is acceptable after all; never a
 * 5xx, and the server still serves afterwards. Staff log in for /admin and a
 * customer for the store, so validation is reached, not only the login check.
 */

const SEED = Number(process.env.FUZZ_SEED ?? 20261128)
const REQUESTS = Number(process.env.FUZZ_REQUESTS ?? 3000)
const PARALLEL = 6
// On a loaded machine the run stops taking new requests after this long (and says how many it sent).
const SECONDS = Number(process.env.FUZZ_SECONDS ?? 100)

/** mulberry32: small, fast and the same everywhere. */
function prng(seed: number) {
  let a = seed >>> 0
  const next = () => {
    a = (a + 0x6d2b79f5) >>> 0
    let t = a
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
  const int = (n: number) => Math.floor(next() * n)
  const pick = <T,>(list: readonly T[]): T => list[int(list.length)]
  const chance = (p: number) => next() < p
  return { next, int, pick, chance }
}
type Rng = ReturnType<typeof prng>

const deep = (depth: number): unknown => {
  let v: unknown = "bottom"
  for (let i = 0; i < depth; i++) v = i % 2 ? [v] : { a: v }
  return v
}

const HOSTILE_STRINGS = [
  "",
  " ",
  "' OR 1=1--",
  "'; DROP TABLE album; --",
  "\" OR \"\"=\"",
  "1) OR (1=1",
  "../../etc/passwd",
  "..\\..\\windows\\win.ini",
  "%00",
  "a\u0000b",
  "\u0000",
  "\ud800",
  "\uFFFD",
  "%ZZ",
  "%C0%AF",
  "😀".repeat(300),
  "x".repeat(5_000),
  "y".repeat(200_000),
  "<script>alert(1)</script>",
  "${7*7}{{7*7}}",
  "__proto__",
  "constructor",
  "null",
  "undefined",
  "NaN",
  "-1",
  "1e309",
  "0x7fffffff",
  "*",
  "id,*",
  "*customer",
  "+id",
  "-id",
  "orders.*",
  "id;select pg_sleep(1)",
  "\r\nSet-Cookie: a=b",
  "café",
  "ordinary words",
]
const HOSTILE_NUMBERS = [-1, 0, 1, -0, 1.5, -2.5, 1e308, -1e308, 2 ** 53 + 2, 2 ** 31, -(2 ** 31) - 1, 9_999_999_999_999, 1e-7]
const HOSTILE_OTHERS: (() => unknown)[] = [
  () => null,
  () => true,
  () => false,
  () => [],
  () => ({}),
  () => [[[[]]]],
  () => ({ $gt: "" }),
  () => ({ __proto__: { admin: true } }),
  () => JSON.parse('{"__proto__": {"polluted": true}}'),
  () => Array.from({ length: 20_000 }, (_, i) => `id_${i}`),
  () => Array.from({ length: 3 }, () => ({ id: "x" })),
  () => deep(2_000),
]
const BAD_JSON = ["{", '{"name":', "[1,2", "nul", "'single'", '{"name": "x",}', "\u0000", '{"a":1}{"b":2}', '{"a": NaN}', "\ufeff{}", "{\"a\":\"\\ud800\"}"]

function hostileValue(r: Rng): unknown {
  const kind = r.int(10)
  if (kind < 5) return r.pick(HOSTILE_STRINGS)
  if (kind < 8) return r.pick(HOSTILE_NUMBERS)
  return r.pick(HOSTILE_OTHERS)()
}

/** encodeURIComponent, with a lone surrogate sent as the bytes a careless encoder would make (not UTF-8). */
function encode(text: string): string {
  try {
    return encodeURIComponent(text)
  } catch {
    return [...text].map((ch) => (/[\ud800-\udfff]/.test(ch) ? "%ED%A0%80" : encodeURIComponent(ch))).join("")
  }
}

/** A query string value, sometimes with raw (not re-encoded) hostile escapes. */
function queryPart(r: Rng, key: string): string {
  const raw = ["%00", "%ZZ", "%C0%AF", "%ff", "%", "a%00b", "%E2%82", "%2e%2e%2f%2e%2e%2f"]
  const k = encode(key)
  if (r.chance(0.12)) return `${k}=${r.pick(raw)}`
  if (r.chance(0.1)) return `${k}[]=a&${k}[]=b`
  if (r.chance(0.08)) return `${k}[$gt]=1`
  if (r.chance(0.06)) return `${k}`
  const v = hostileValue(r)
  const text = typeof v === "string" ? v : JSON.stringify(v) ?? ""
  return `${k}=${encode(text.slice(0, 3000))}`
}

type Body = { data?: unknown; contentType?: string; raw?: boolean }

function hostileBody(r: Rng, keys: string[]): Body {
  const kind = r.int(12)
  if (kind === 0) return { data: r.pick(BAD_JSON), contentType: "application/json", raw: true }
  if (kind === 1) return { data: r.pick(["name=x&name=y", "track_ids[]=1&track_ids[0][a]=b", "a=%00"]), contentType: "application/x-www-form-urlencoded", raw: true }
  if (kind === 2) return { data: r.pick(["hello", "", "<xml/>", "\u0000\u0001"]), contentType: r.pick(["text/plain", "application/xml", "multipart/form-data; boundary=x"]), raw: true }
  if (kind === 3) return { data: JSON.stringify(r.pick([[], [1, 2], "text", 42, null, true])), contentType: "application/json", raw: true }
  if (kind === 4) return { data: JSON.stringify({ huge: "z".repeat(r.pick([100_000, 2_000_000])) }), contentType: "application/json", raw: true }
  if (kind === 5) return {}
  // An object of fields our validators know (and some they do not) with hostile values.
  const body: Record<string, unknown> = {}
  for (let i = 0, n = 1 + r.int(4); i < n; i++) {
    const key = r.chance(0.85) ? r.pick(keys) : r.pick(["unknown_field", "__proto__", "constructor", "id", "customer_id", "deleted_at", "$where"])
    body[key] = hostileValue(r)
  }
  return { data: body }
}

export default function fuzzSuite({ api, getContainer }: MedusaSuiteOptions) {
  const routes = ourRoutes()
  const keys = validatorKeys()
  let staff: Auth
  let customer: Auth
  let pk: Auth
  /** Real ids for each kind of path parameter, by the folder named before it. */
  const valid: Record<string, string[]> = {}

  beforeAll(async () => {
    const container = getContainer()
    const setup = await ensureStoreSetup(container)
    pk = { headers: { "x-publishable-api-key": setup.publishable_key } }
    staff = await staffAuth(api, container, "fuzz.staff@example.com")
    const registered = await registerCustomerWithId(api, setup.publishable_key, { email: "fuzz.customer@example.com" })
    customer = registered.auth

    const track = (name: string) => ({ name, milliseconds: 2000, bytes: 1000, unit_price: 0.99 })
    const [album] = await createTestAlbums(container, {
      artist: "Fuzz Band",
      genre: "Fuzz",
      albums: [{ title: "Fuzz Songs", tracks: [track("Noise"), track("Static"), track("Hiss")] }],
    })
    const order = await buy(api, container, setup, customer, [album.tracks[0].variant_id])
    const query = container.resolve(ContainerRegistrationKeys.QUERY)
    const music: MusicModuleService = container.resolve(MUSIC_MODULE)
    const [mediaType] = await music.createMediaTypes([{ name: "Fuzz audio" }])
    const staffModule: StaffModuleService = container.resolve(STAFF_MODULE)
    const [employee] = await staffModule.createEmployees([{ first_name: "Fuzz", last_name: "Rep", email: "fuzz.rep@example.com" }])

    const mine = (await api.post("/store/customers/me/playlists", { name: "Fuzz list", track_ids: album.tracks.map((t) => t.id) }, customer)).data.playlist
    const shared = (await api.post(`/store/customers/me/playlists/${mine.id}/share`, {}, customer)).data.playlist
    const token = decodeURIComponent(String(shared.share_url).split("/").pop() ?? "")
    const support = (await api.post("/store/customers/me/support-requests", { subject: "Fuzz", message: "Fuzzy", order_id: order.id }, customer)).data.support_request
    const cart = (await api.post("/store/carts", { region_id: setup.region_id }, customer)).data.cart
    const download = (await api.post(`/store/customers/me/library/tracks/${album.tracks[0].id}/download`, {}, customer)).data.url

    const { data: editorial } = await query.graph({ entity: "playlist", fields: ["id"], filters: { editorial: true } })
    Object.assign(valid, {
      albums: [album.id],
      artists: [album.artist.id],
      genres: [album.tracks[0].genre_id!],
      "media-types": [mediaType.id],
      tracks: album.tracks.map((t) => t.id),
      variants: [album.tracks[1].variant_id],
      products: [album.product_id],
      customers: [registered.id],
      employees: [employee.id],
      "support-requests": [support.id],
      playlists: [mine.id, ...editorial.map((p: any) => p.id)],
      shared: [token],
      carts: [cart.id],
      downloads: [String(download).split("/").pop()!],
    })
    valid.track_id = album.tracks.map((t) => t.id)
  })

  const INVALID_IDS = ["album_01NOPE", "0", "-1", "null", "undefined", "x".repeat(4000), "😀"]
  const HOSTILE_IDS = [
    "' OR 1=1--",
    "../../etc/passwd",
    "..%2F..%2Fetc%2Fpasswd",
    "%00",
    "a%00b",
    "%C0%AF",
    "%ZZ",
    "%2e%2e",
    "a%2Fb",
    "*",
    "%20",
    "__proto__",
    "constructor",
  ]

  function paramValue(r: Rng, route: OurRoute, name: string, after: string, useValid: boolean) {
    const known = valid[name === "track_id" ? "track_id" : after] ?? Object.values(valid).flat()
    const kind = r.int(10)
    if (kind < 4) return useValid ? encode(r.pick(known)) : encode(`${r.pick(known)}x`)
    if (kind < 6) return encode(r.pick(INVALID_IDS))
    // Some are sent raw (the escapes as they are), some encoded.
    const h = r.pick(HOSTILE_IDS)
    return r.chance(0.6) ? h : encode(h)
  }

  function authFor(r: Rng, path: string): Record<string, string> {
    if (path.startsWith("/admin")) return r.chance(0.95) ? staff.headers : {}
    if (path.startsWith("/store/customers/me")) return r.chance(0.95) ? customer.headers : pk.headers
    if (path.startsWith("/store")) return r.chance(0.6) ? customer.headers : r.chance(0.95) ? pk.headers : {}
    return {}
  }

  type Case = { n: number; method: string; url: string; headers: Record<string, string>; body: Body; route: OurRoute }

  function makeCase(r: Rng, n: number, route: OurRoute): Case {
    const values: Record<string, string> = {}
    // Deletions get the real ids only in the last tenth, so that the other routes find them until then.
    const useValid = route.method !== "DELETE" || n >= REQUESTS * 0.9
    for (const p of route.params) values[p.name] = paramValue(r, route, p.name, p.after, useValid)
    const query: string[] = []
    const listish = ["fields", "order", "limit", "offset", "q", "expand"]
    for (let i = 0, k = r.int(4); i < k; i++) query.push(queryPart(r, r.chance(0.5) ? r.pick(listish) : r.pick(keys)))
    // Under Node's 16 KB limit for the request head, which answers 431 before any code of ours runs.
    const path = fillPath(route, values)
    while (query.length && path.length + query.join("&").length > 8000) query.pop()
    const url = path + (query.length ? `?${query.join("&")}` : "")
    const body = route.method === "GET" || route.method === "DELETE" ? (r.chance(0.1) ? hostileBody(r, keys) : {}) : hostileBody(r, keys)
    return { n, method: route.method, url, headers: authFor(r, route.path), body, route }
  }

  async function send(c: Case) {
    const headers: Record<string, string> = { ...c.headers }
    if (c.body.contentType) headers["content-type"] = c.body.contentType
    const res = await api.request({
      method: c.method,
      url: c.url,
      headers,
      data: c.body.data,
      // Raw bodies go as they are (axios would turn bad JSON into a JSON string).
      transformRequest: c.body.raw ? [(d: unknown) => d] : undefined,
      responseType: "text",
      transformResponse: [(d: unknown) => d],
      maxBodyLength: Infinity,
      maxContentLength: Infinity,
      validateStatus: () => true,
      timeout: 60_000,
    })
    return { status: res.status as number, text: typeof res.data === "string" ? res.data : String(res.data ?? ""), type: String(res.headers["content-type"] ?? "") }
  }

  /** Whether the URL, once its dot segments are resolved (as any HTTP client does), still names the route. */
  function staysOnRoute(c: Case) {
    const pattern = new RegExp(`^${c.route.path.replace(/:\w+/g, "[^/]+")}$`)
    return pattern.test(new URL(c.url, "http://localhost").pathname)
  }

  /** What is wrong with an answer, or null. */
  function problem(c: Case, status: number, text: string, type: string): string | null {
    if (status >= 500) return "server error"
    if (status < 400) return null
    // "../" in an id took the request off the route, to a path no route serves: Express's own 404 page.
    if (status === 404 && !staysOnRoute(c) && /^Cannot \w+ /m.test(text.replace(/<[^>]+>/g, "\n"))) return null
    if (!type.includes("json")) return `a ${status} without a JSON message (${type || "no content type"})`
    try {
      const message = JSON.parse(text)?.message
      return typeof message === "string" && message.trim() ? null : `a ${status} without a message`
    } catch {
      return `a ${status} whose body is not JSON`
    }
  }

  const describeCase = (c: Case) => {
    const body = c.body.data === undefined ? "" : typeof c.body.data === "string" ? c.body.data : JSON.stringify(c.body.data)
    return `#${c.n} ${c.method} ${c.url.slice(0, 300)}${c.url.length > 300 ? `…(${c.url.length})` : ""} [${c.route.file}]` +
      (body ? ` body${c.body.contentType ? ` (${c.body.contentType})` : ""}: ${(body ?? "").slice(0, 200)}${(body ?? "").length > 200 ? `…(${body.length})` : ""}` : "")
  }

  it("finds our routes in src/api", () => {
    // A sanity floor: the discovery reads the tree, it does not list by hand.
    expect(routes.length).toBeGreaterThan(60)
    for (const path of ["/admin/music/albums/:id", "/store/customers/me/playlists/:id/tracks/:track_id", "/downloads/:token"]) {
      expect(routes.map((r) => r.path)).toContain(path)
    }
    expect(keys).toEqual(expect.arrayContaining(["name", "track_ids", "subject", "limit", "offset", "fields"]))
  })

  it(`answers up to ${REQUESTS} hostile requests to every route with a 4xx and a message (or a 2xx), never a 5xx, and keeps serving`, async () => {
    const r = prng(SEED)
    // Every route gets its share, in rounds: each round covers every route once.
    const ordered: Case[] = []
    for (let n = 0; n < REQUESTS; n++) ordered.push(makeCase(r, n, routes[n % routes.length]))

    const failures: string[] = []
    const statuses = new Map<number, number>()
    const timings = new Map<string, { ms: number; n: number }>()
    const started = Date.now()
    let next = 0
    const deadline = started + SECONDS * 1000
    const worker = async () => {
      while (next < ordered.length && Date.now() < deadline) {
        const c = ordered[next++]
        let found: string | null
        const t0 = Date.now()
        try {
          // A connection reset before any answer is tried once more: a kept-alive socket the
          // server closed as it was reused. A server that died would not answer the second time either.
          const { status, text, type } = await send(c).catch((e) => {
            if (e?.response || !["ECONNRESET", "EPIPE"].includes(e?.code)) throw e
            return send(c)
          })
          const key = `${c.method} ${c.route.path}`
          const spent = timings.get(key) ?? { ms: 0, n: 0 }
          timings.set(key, { ms: spent.ms + Date.now() - t0, n: spent.n + 1 })
          statuses.set(status, (statuses.get(status) ?? 0) + 1)
          found = problem(c, status, text, type)
          if (found) found += `: ${status} ${text.slice(0, 300)}`
        } catch (e: any) {
          found = `no answer: ${e?.code ?? ""} ${e?.message ?? e}`
        }
        if (found) failures.push(`${describeCase(c)}\n    -> ${found}`)
      }
    }
    await Promise.all(Array.from({ length: PARALLEL }, worker))
    const seconds = (Date.now() - started) / 1000
    const sent = next
    console.log(
      `fuzz: seed ${SEED}, ${sent} of ${ordered.length} requests over ${routes.length} route handlers in ${seconds.toFixed(1)} s ` +
        `(${(sent / seconds).toFixed(0)}/s); statuses ${JSON.stringify(Object.fromEntries([...statuses].sort()))}`
    )
    const slowest = [...timings].sort((a, b) => b[1].ms - a[1].ms).slice(0, 6)
    console.log(`fuzz: slowest routes (total ms / requests): ${slowest.map(([k, v]) => `${k} ${v.ms}/${v.n}`).join("; ")}`)
    if (failures.length) console.log(`fuzz: ${failures.length} failures (replay with FUZZ_SEED=${SEED}):\n${failures.slice(0, 60).join("\n")}`)
    expect(failures.slice(0, 20)).toEqual([])
    // However slow the machine, every route had several rounds.
    expect(sent).toBeGreaterThanOrEqual(routes.length * 5)

    // Still serving: the health check and an ordinary store and admin request.
    expect((await api.get("/health")).status).toBe(200)
    expect((await api.get("/store/music/genres?limit=5", pk)).status).toBe(200)
    expect((await api.get("/admin/music/artists?limit=5", staff)).status).toBe(200)
    expect((await api.get("/store/customers/me/playlists", customer)).status).toBe(200)
  })
}
