import type { MedusaSuiteOptions } from "@medusajs/test-utils"
import { ensureStoreSetup, type StoreSetup } from "../../../src/lib/store-setup"
import { createTestAlbums, type TestAlbum } from "../../helpers/catalogue"
import { registerCustomerWithId } from "../../helpers/customer"
import { fillPath, ourRoutes, type OurRoute } from "../../helpers/routes"
import { buy, staffAuth, type Auth } from "../../helpers/staff-side"
import { STAFF_MODULE } from "../../../src/modules/staff"
import type StaffModuleService from "../../../src/modules/staff/service"
import { MUSIC_MODULE } from "../../../src/modules/music"
import type MusicModuleService from "../../../src/modules/music/service"

/*
 * Who reaches what, over every route of ours (found from src/api/**\/route.ts):
 * anonymous, customer A, customer B and staff. The path parameters are A's
 * own ids (A's private playlist, A's support request, A's cart, tracks A
 * owns), and the bodies are ones a route would accept, so that what answers
 * is the access check, not the validator. No customer reaches /admin, nobody
 * but A reads or changes A's things, and no answer to another carries A's
 * private ids.
 */

type Actor = "anonymous" | "A" | "B" | "staff"
type Answer = { status: number; text: string }

export default function accessMatrixSuite({ api, getContainer }: MedusaSuiteOptions) {
  const routes = ourRoutes()
  let setup: StoreSetup
  const auth = {} as Record<Actor, Auth>
  const A = {} as {
    id: string
    email: string
    album: TestAlbum
    order: string
    playlist: string
    playlistTracks: string[]
    shared: string
    shareToken: string
    support: string
    cart: string
    download: string
  }
  const B = {} as { id: string; order: string; playlist: string; support: string }
  let other: TestAlbum
  let employee: string
  let mediaType: string

  beforeAll(async () => {
    const container = getContainer()
    setup = await ensureStoreSetup(container)
    const pk = { "x-publishable-api-key": setup.publishable_key }
    const track = (name: string) => ({ name, milliseconds: 2000, bytes: 1000, unit_price: 0.99 })
    ;[A.album, other] = await createTestAlbums(container, {
      artist: "Matrix Band",
      genre: "Matrix",
      albums: [
        { title: "Alice's Album", tracks: [track("One"), track("Two"), track("Three")] },
        { title: "Bob's Album", tracks: [track("Four"), track("Five")] },
      ],
    })
    const a = await registerCustomerWithId(api, setup.publishable_key, { email: "alice.matrix@example.com", first_name: "Alice" })
    const b = await registerCustomerWithId(api, setup.publishable_key, { email: "bob.matrix@example.com", first_name: "Bob" })
    Object.assign(auth, { anonymous: { headers: pk }, A: a.auth, B: b.auth })
    const staff = await staffAuth(api, container, "matrix.staff@example.com")
    // Staff send the store's key too: their token must still not count as a customer's.
    auth.staff = { headers: { ...staff.headers, ...pk } }
    Object.assign(A, { id: a.id, email: "alice.matrix@example.com" })
    const staffModule: StaffModuleService = container.resolve(STAFF_MODULE)
    const music: MusicModuleService = container.resolve(MUSIC_MODULE)
    mediaType = (await music.createMediaTypes([{ name: "Matrix audio" }]))[0].id
    employee = (await staffModule.createEmployees([{ first_name: "Matrix", last_name: "Rep", email: "matrix.rep@example.com" }]))[0].id
    B.id = b.id

    A.order = (await buy(api, container, setup, auth.A, [A.album.full_variant_id])).id
    B.order = (await buy(api, container, setup, auth.B, [other.tracks[0].variant_id])).id

    const ids = A.album.tracks.map((t) => t.id)
    const playlist = (await api.post("/store/customers/me/playlists", { name: "Alice's secret list", track_ids: ids }, auth.A)).data.playlist
    Object.assign(A, { playlist: playlist.id, playlistTracks: ids })
    const shared = (await api.post("/store/customers/me/playlists", { name: "Alice's shared list", track_ids: ids.slice(0, 2) }, auth.A)).data.playlist
    const share = (await api.post(`/store/customers/me/playlists/${shared.id}/share`, {}, auth.A)).data.playlist
    Object.assign(A, { shared: shared.id, shareToken: decodeURIComponent(String(share.share_url).split("/").pop() ?? "") })
    A.support = (
      await api.post("/store/customers/me/support-requests", { subject: "Alice asks", message: "About my order", order_id: A.order }, auth.A)
    ).data.support_request.id
    A.cart = (await api.post("/store/carts", { region_id: setup.region_id }, auth.A)).data.cart.id
    A.download = String((await api.post(`/store/customers/me/library/tracks/${ids[0]}/download`, {}, auth.A)).data.url).split("/").pop()!

    B.playlist = (await api.post("/store/customers/me/playlists", { name: "Bob's list", track_ids: [other.tracks[0].id] }, auth.B)).data.playlist.id
    B.support = (await api.post("/store/customers/me/support-requests", { subject: "Bob asks", message: "Hello" }, auth.B)).data.support_request.id
  })

  /** A's ids that nobody else may be shown (the shared playlist is public by its link, so not listed). */
  const secrets = () => [A.id, A.email, A.order, A.playlist, A.support, A.cart]

  /** The path parameters: A's things, by the folder named before each. */
  function params(route: OurRoute): Record<string, string> {
    const byFolder: Record<string, string> = {
      playlists: A.playlist,
      tracks: A.album.tracks[0].id,
      albums: A.album.id,
      "support-requests": A.support,
      customers: A.id,
      carts: A.cart,
      shared: A.shareToken,
      downloads: A.download,
      artists: A.album.artist.id,
      genres: A.album.tracks[0].genre_id!,
      products: A.album.product_id,
      variants: A.album.tracks[0].variant_id,
      orders: A.order,
      employees: employee,
      "media-types": mediaType,
    }
    const values: Record<string, string> = {}
    for (const p of route.params) {
      const value = p.name === "track_id" ? A.playlistTracks[1] : byFolder[p.after]
      if (!value) throw new Error(`access matrix: no id of A's for :${p.name} after "${p.after}" in ${route.path}; add one`)
      values[p.name] = encodeURIComponent(value)
    }
    return values
  }

  /** A body the route would accept from its rightful user. */
  function bodyFor(route: OurRoute): unknown {
    const p = route.path
    if (route.method === "GET" || route.method === "DELETE") return undefined
    if (p.endsWith("/me/playlists/:id")) return { name: "Changed by someone" }
    if (p.endsWith("/me/playlists/:id/tracks")) return { track_id: other.tracks[1].id }
    if (p.endsWith("/me/playlists/:id/reorder")) return { track_ids: [...A.playlistTracks].reverse() }
    if (p.endsWith("/me/playlists")) return { name: "A list of one's own" }
    if (p.endsWith("/me/support-requests/:id/replies")) return { body: "A reply by someone" }
    if (p.endsWith("/me/support-requests")) return { subject: "About A's order", message: "Let me see it", order_id: A.order }
    if (p.endsWith("/playlist-tracks")) return { playlist_id: A.playlist }
    if (p === "/admin/support-requests/:id/replies") return { body: "Staff reply" }
    if (p === "/admin/support-requests/:id") return { status: "pending" }
    return {}
  }

  async function call(route: OurRoute, actor: Actor): Promise<Answer> {
    const res = await api.request({
      method: route.method,
      url: fillPath(route, params(route)),
      headers: auth[actor].headers,
      data: bodyFor(route),
      responseType: "text",
      transformResponse: [(d: unknown) => d],
      validateStatus: () => true,
    })
    return { status: res.status, text: typeof res.data === "string" ? res.data : "" }
  }

  const isAdmin = (r: OurRoute) => r.path.startsWith("/admin")
  const isMine = (r: OurRoute) => r.path.startsWith("/store/customers/me")
  // Routes open to all by design: a share link and a signed download URL are the credential.
  const byToken = (r: OurRoute) => r.path.startsWith("/store/playlists/shared/:token") || r.path.startsWith("/downloads/")
  const label = (r: OurRoute) => `${r.method} ${r.path}`

  /** What is wrong with an actor's answer on a route (A's ids in the path), or null. */
  function wrong(route: OurRoute, actor: Actor, { status, text }: Answer): string | null {
    if (status >= 500) return `server error ${status}`
    const leaked = secrets().filter((s) => text.includes(s))
    if (actor !== "A" && actor !== "staff" && status < 400 && leaked.length) return `${status} carrying A's ${leaked.join(", ")}`
    if (isAdmin(route)) {
      if (actor === "staff") return status === 401 || status === 403 ? `staff refused (${status})` : null
      return status === 401 ? null : `${status}, expected 401`
    }
    if (isMine(route)) {
      if (actor === "anonymous" || actor === "staff") return status === 401 ? null : `${status}, expected 401`
      if (actor === "B" && route.params.length) return status === 404 || status === 403 ? null : `${status}, expected 404 (not B's)`
      if (actor === "A") return status === 401 || status === 403 || status === 404 ? `A refused on A's own (${status})` : null
      return null
    }
    if (byToken(route)) return null
    // The rest of the store: A's private playlist and cart are nobody else's.
    if (actor !== "A" && route.params.length && status < 400 && (route.path.includes("/playlists/") || route.path.includes("/carts/"))) {
      return `${status} on A's private playlist or cart`
    }
    return null
  }

  // Deletions last, the deepest first (a playlist's track and share before the playlist itself).
  const depth = (r: OurRoute) => r.path.split("/").length
  const order = (list: OurRoute[]) => [
    ...list.filter((r) => r.method !== "DELETE"),
    ...list.filter((r) => r.method === "DELETE").sort((a, b) => depth(b) - depth(a)),
  ]

  async function sweep(actor: Actor, list: OurRoute[]) {
    const problems: string[] = []
    const table: string[] = []
    for (const route of order(list)) {
      const answer = await call(route, actor)
      table.push(`${actor.padEnd(9)} ${String(answer.status).padEnd(4)} ${label(route)}`)
      const w = wrong(route, actor, answer)
      if (w) problems.push(`${actor}: ${label(route)} -> ${w}: ${answer.text.slice(0, 200)}`)
    }
    return { problems, table }
  }

  /** A's things as A sees them, to compare before and after the others tried. */
  async function stateOfA() {
    const get = async (url: string) => (await api.get(url, auth.A)).data
    const playlist = (await get(`/store/customers/me/playlists/${A.playlist}`)).playlist
    const shared = (await get(`/store/customers/me/playlists/${A.shared}`)).playlist
    const support = (await get(`/store/customers/me/support-requests/${A.support}`)).support_request
    const lists = (await get("/store/customers/me/playlists")).playlists.map((p: any) => p.id).sort()
    const library = (await get("/store/customers/me/library")).albums.map((a: any) => a.id)
    const cart = (await api.get(`/store/carts/${A.cart}`, auth.A)).data.cart
    return {
      playlist: { name: playlist.name, tracks: playlist.track_ids, visibility: playlist.visibility, share_url: playlist.share_url },
      shared: { name: shared.name, tracks: shared.track_ids, share_url: shared.share_url },
      support: { status: support.status, replies: support.replies.length },
      lists,
      library,
      cart: (cart.items ?? []).map((i: any) => i.variant_id),
    }
  }

  it("finds every route's parameters among A's ids", () => {
    expect(routes.length).toBeGreaterThan(60)
    for (const route of routes) expect(() => params(route)).not.toThrow()
  })

  it("lets anonymous, B and staff see and change only what they should, then A everything of A's", async () => {
    const before = await stateOfA()
    expect(before.library).toEqual([A.album.id])

    const problems: string[] = []
    const table: string[] = []
    const collect = (r: { problems: string[]; table: string[] }) => {
      problems.push(...r.problems)
      table.push(...r.table)
    }
    collect(await sweep("anonymous", routes))
    collect(await sweep("B", routes))
    // Whatever they tried, A's things are as they were.
    expect(await stateOfA()).toEqual(before)
    // Staff use the admin; the store's customer routes refuse their token.
    collect(await sweep("staff", routes.filter((r) => !isAdmin(r) || r.method !== "DELETE")))
    collect(await sweep("A", routes.filter((r) => !isAdmin(r))))
    if (problems.length) console.log(`access matrix:\n${table.join("\n")}`)
    expect(problems).toEqual([])
  })

  it("shows each customer only their own lists, library and requests", async () => {
    const get = async (who: Actor, url: string) => (await api.get(url, auth[who])).data
    const bLists = (await get("B", "/store/customers/me/playlists")).playlists.map((p: any) => p.id)
    expect(bLists).toEqual([B.playlist])
    expect((await get("B", "/store/customers/me/library")).albums.map((a: any) => a.id)).toEqual([other.id])
    const owned = (await get("B", "/store/customers/me/library/variants")).variant_ids
    expect(owned).toEqual([other.tracks[0].variant_id])
    expect((await get("B", "/store/customers/me/support-requests")).support_requests.map((r: any) => r.id)).toEqual([B.support])
    // B cannot ask about A's order, nor download what only A owns.
    const ask = await api.post("/store/customers/me/support-requests", { subject: "x", message: "y", order_id: A.order }, { ...auth.B, validateStatus: () => true })
    expect(ask.status).toBe(400)
    expect(ask.data.message).toMatch(/order_id/)
    const take = await api.post(`/store/customers/me/library/tracks/${A.album.tracks[0].id}/download`, {}, { ...auth.B, validateStatus: () => true })
    expect(take.status).toBe(403)
    // Medusa's own order routes too: A's order is not B's (nor a stranger's) to read, and B cannot claim it.
    const order = await api.get(`/store/orders/${A.order}`, { ...auth.B, validateStatus: () => true })
    expect(order.status).toBe(404)
    expect(JSON.stringify(order.data)).not.toContain(A.email)
    expect((await api.get(`/store/orders/${A.order}`, { ...auth.anonymous, validateStatus: () => true })).status).toBe(401)
    expect((await api.get(`/store/orders/${A.order}`, { ...auth.staff, validateStatus: () => true })).status).toBe(401)
    expect((await api.get(`/store/orders/${A.order}`, auth.A)).data.order.email).toBe(A.email)
    const claim = await api.post(`/store/orders/${A.order}/transfer/request`, {}, { ...auth.B, validateStatus: () => true })
    expect(claim.status).toBe(404)
    expect(JSON.stringify(claim.data)).not.toContain(A.email)
    expect((await api.get("/store/orders", auth.B)).data.orders.map((o: any) => o.id)).toEqual([B.order])
  })

  it("keeps a registered customer's cart to them (a guest's cart stays open by its id)", async () => {
    const open = { validateStatus: () => true }
    const variant_id = other.tracks[1].variant_id
    for (const who of ["B", "anonymous", "staff"] as const) {
      const read = await api.get(`/store/carts/${A.cart}`, { ...auth[who], ...open })
      expect({ who, status: read.status }).toEqual({ who, status: 404 })
      expect(JSON.stringify(read.data)).not.toContain(A.email)
      const fill = await api.post(`/store/carts/${A.cart}/line-items`, { variant_id, quantity: 1 }, { ...auth[who], ...open })
      expect({ who, status: fill.status }).toEqual({ who, status: 404 })
      const list = await api.post(`/store/carts/${A.cart}/playlist-tracks`, { playlist_id: A.playlist }, { ...auth[who], ...open })
      expect({ who, status: list.status }).toEqual({ who, status: 404 })
      // Nor pay for it: Medusa's payment collection route names the cart in its body.
      const pay = await api.post("/store/payment-collections", { cart_id: A.cart }, { ...auth[who], ...open })
      expect({ who, status: pay.status }).toEqual({ who, status: 404 })
    }
    // Nor may B put A's private playlist in B's own cart.
    const bCart = (await api.post("/store/carts", { region_id: setup.region_id }, auth.B)).data.cart.id
    const taken = await api.post(`/store/carts/${bCart}/playlist-tracks`, { playlist_id: A.playlist }, { ...auth.B, ...open })
    expect(taken.status).toBe(404)
    const cart = (await api.get(`/store/carts/${A.cart}`, auth.A)).data.cart
    expect(cart.items ?? []).toEqual([])
    expect(cart.email).toBe(A.email)
    // A guest's cart: its id is all there is.
    const guest = (await api.post("/store/carts", { region_id: setup.region_id }, auth.anonymous)).data.cart.id
    await api.post(`/store/carts/${guest}/line-items`, { variant_id, quantity: 1 }, auth.anonymous)
    expect((await api.get(`/store/carts/${guest}`, auth.anonymous)).data.cart.items).toHaveLength(1)
    // And A pays for A's own cart.
    expect((await api.post("/store/payment-collections", { cart_id: A.cart }, auth.A)).status).toBe(200)
  })

  it("honours a download URL only as signed, and a share link only while shared", async () => {
    const tampered = A.download.slice(0, -2) + (A.download.endsWith("AA") ? "BB" : "AA")
    expect((await api.get(`/downloads/${tampered}`, { validateStatus: () => true })).status).toBe(403)
    expect((await api.get(`/store/playlists/shared/${encodeURIComponent(A.shareToken)}`, auth.B)).status).toBe(200)
    await api.delete(`/store/customers/me/playlists/${A.shared}/share`, auth.A)
    const gone = await api.get(`/store/playlists/shared/${encodeURIComponent(A.shareToken)}`, { ...auth.B, validateStatus: () => true })
    expect(gone.status).toBe(404)
    const copy = await api.post(`/store/playlists/shared/${encodeURIComponent(A.shareToken)}/copy`, {}, { ...auth.B, validateStatus: () => true })
    expect(copy.status).toBe(404)
  })
}
