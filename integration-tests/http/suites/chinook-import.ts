import type { MedusaSuiteOptions } from "@medusajs/test-utils"
import fs from "node:fs"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import { deleteProductsWorkflow } from "@medusajs/medusa/core-flows"
import { runImport } from "../../../data/seed/run"
import { importChinook } from "../../helpers/chinook"
import { DEFAULT_DEMO_PASSWORD } from "../../../data/seed/people"
import { MUSIC_MODULE } from "../../../src/modules/music"
import { PLAYLISTS_MODULE } from "../../../src/modules/playlists"
import { STAFF_MODULE } from "../../../src/modules/staff"
import { OWNERSHIP_MODULE } from "../../../src/modules/ownership"
import type OwnershipModuleService from "../../../src/modules/ownership/service"
import { checkLedgerDrift } from "../../../src/workflows/ownership/utils/ledger-drift"

// The whole Chinook dataset (CHINOOK_DATA, set by npm test), imported once;
// the later files that read the catalogue start from a copy of this import.
export default function chinookImportSuite({ api, getContainer }: MedusaSuiteOptions) {
  let first: Awaited<ReturnType<typeof runImport>>

  beforeAll(async () => {
    first = (await importChinook(getContainer(), { always: true }))!
  })

  it("imports every Chinook row once", async () => {
    const c = getContainer()
    const music = c.resolve(MUSIC_MODULE) as any
    const count = async (fn: Promise<[unknown[], number]>) => (await fn)[1]
    const [store] = await c.resolve(Modules.STORE).listStores()
    expect(store.name).toBe("Chinook Records")
    expect(await count(music.listAndCountGenres())).toBe(25)
    expect(await count(music.listAndCountMediaTypes())).toBe(5)
    expect(await count(music.listAndCountArtists())).toBe(275)
    expect(await count(music.listAndCountAlbums())).toBe(347)
    expect(await count(music.listAndCountTracks())).toBe(3503)
    expect(await count((c.resolve(STAFF_MODULE) as any).listAndCountEmployees())).toBe(8)
    expect(await count(c.resolve(Modules.CUSTOMER).listAndCountCustomers({ has_account: true }))).toBe(59)
    const playlists = c.resolve(PLAYLISTS_MODULE) as any
    expect(await count(playlists.listAndCountPlaylists({ editorial: true }))).toBe(18)
    expect(await count(playlists.listAndCountPlaylistTracks())).toBe(8715)

    const product = c.resolve(Modules.PRODUCT)
    expect(await count(product.listAndCountProducts({ status: "published" }))).toBe(347)
    expect(await count(product.listAndCountProductVariants())).toBe(3850)

    // Every album has a generated cover in the File Module, shown as the product's thumbnail.
    const albums = await music.listAlbums({}, { select: ["cover_url"], take: null })
    expect(albums.every((a: any) => /\/static\/.+\.svg$/.test(a.cover_url))).toBe(true)
    const products = await product.listProducts({}, { select: ["thumbnail"], take: null })
    expect(products.every((p) => p.thumbnail && albums.some((a: any) => a.cover_url === p.thumbnail))).toBe(true)

    expect(first.progress.results.map((r) => [r.entity, r.created])).toEqual([
      ["genres", 25], ["media types", 5], ["artists", 275], ["collections", 275], ["categories", 25],
      ["albums", 347], ["tracks", 3503], ["employees", 8], ["customers", 59], ["playlists", 18], ["orders", 412],
    ])
    expect(first.progress.leftAlone()).toEqual([])

    // Any Medusa client can show and browse them: cover image, description, collection, categories.
    const rich = await product.listProducts({}, { select: ["id", "description", "collection_id"], relations: ["images", "categories"], take: null })
    expect(rich.every((p) => p.images?.length === 1 && /^An album by .+: \d+ tracks?, /.test(p.description ?? "") && p.collection_id && p.categories?.length)).toBe(true)
  })

  it("keeps track details, prices and the employees' hierarchy", async () => {
    const query = getContainer().resolve(ContainerRegistrationKeys.QUERY)
    const { data: [track] } = await query.graph({
      entity: "track",
      fields: ["name", "composer", "milliseconds", "bytes", "unit_price", "track_number", "genre.name", "media_type.name", "album.title", "album.artist.name", "product_variant.id"],
      filters: { chinook_id: 1 },
    })
    expect(track).toMatchObject({
      name: "For Those About To Rock (We Salute You)",
      composer: "Angus Young, Malcolm Young, Brian Johnson",
      milliseconds: 343719,
      bytes: 11170334,
      track_number: 1,
      genre: { name: "Rock" },
      media_type: { name: "MPEG audio file" },
      album: { title: "For Those About To Rock We Salute You", artist: { name: "AC/DC" } },
    })
    expect(Number(track!.unit_price)).toBe(0.99)
    expect(track!.product_variant?.id).toBeTruthy()

    const { data: employees } = await query.graph({
      entity: "employee",
      fields: ["chinook_id", "last_name", "manager.last_name", "customers.id", "user.email"],
    })
    const byId = Object.fromEntries(employees.map((e: any) => [e.chinook_id, e]))
    expect(byId[1].manager).toBeFalsy()
    expect(byId[2].manager.last_name).toBe("Adams")
    expect(byId[3].manager.last_name).toBe("Edwards")
    expect(byId[3].customers).toHaveLength(21) // Jane Peacock supports 21 customers
    expect(employees.every((e: any) => e.user?.email)).toBe(true)
  })

  it("turns invoices into completed orders with the invoice's date, address and total to the cent", async () => {
    const query = getContainer().resolve(ContainerRegistrationKeys.QUERY)
    const { data: orders } = await query.graph({
      entity: "order",
      fields: ["id", "status", "total", "created_at", "customer_id", "metadata", "billing_address.country_code", "billing_address.city", "items.id"],
    })
    expect(orders).toHaveLength(412)
    expect(orders.every((o: any) => o.status === "completed")).toBe(true)
    const cents = (n: unknown) => Math.round(Number(n) * 100)
    expect(orders.reduce((sum: number, o: any) => sum + cents(o.total), 0)).toBe(232860)
    expect(orders.reduce((n: number, o: any) => n + o.items.length, 0)).toBe(2240)

    const byCountry = new Map<string, number>()
    for (const o of orders as any[]) {
      byCountry.set(o.billing_address.country_code, (byCountry.get(o.billing_address.country_code) ?? 0) + cents(o.total))
    }
    const top = [...byCountry.entries()].sort((a, b) => b[1] - a[1]).slice(0, 5)
    expect(top).toEqual([["us", 52306], ["ca", 30396], ["fr", 19510], ["br", 19010], ["de", 15648]])

    // Every customer's orders match their invoices, in number and in total.
    const data = JSON.parse(fs.readFileSync(process.env.CHINOOK_DATA!, "utf8").replace(/^\uFEFF/, ""))
    const { data: customers } = await query.graph({ entity: "customer", fields: ["id", "metadata"], filters: { has_account: true } })
    const chinookOf = new Map(customers.map((c: any) => [c.id, c.metadata.chinook_id]))
    const summary = (rows: { customer: number; cents: number }[]) => {
      const m: Record<number, [number, number]> = {}
      for (const r of rows) {
        const [n, t] = m[r.customer] ?? [0, 0]
        m[r.customer] = [n + 1, t + r.cents]
      }
      return m
    }
    expect(summary(orders.map((o: any) => ({ customer: chinookOf.get(o.customer_id), cents: cents(o.total) })))).toEqual(
      summary(data.Invoice.map((i: any) => ({ customer: i.CustomerId, cents: cents(i.Total) })))
    )

    const first = orders.find((o: any) => o.metadata.chinook_invoice_id === 1) as any
    expect(new Date(first.created_at).toISOString()).toBe("2021-01-01T00:00:00.000Z")
    expect(first.billing_address).toMatchObject({ country_code: "de", city: "Stuttgart" })
    expect(cents(first.total)).toBe(198)
  })

  it("records every invoice line in the sales ledger, grants what was bought and delivers every order", async () => {
    const container = getContainer()
    const ownership: OwnershipModuleService = container.resolve(OWNERSHIP_MODULE)
    const lines = await ownership.listSaleLines({}, { select: ["amount", "status", "customer_id", "support_rep_id", "country_code", "genre_id"], take: null })
    expect(lines).toHaveLength(2240)
    expect(lines.reduce((sum, l) => sum + Math.round(Number(l.amount) * 100), 0)).toBe(232860)
    expect(lines.every((l) => l.status === "sold" && l.customer_id && l.support_rep_id && l.country_code && l.genre_id)).toBe(true)
    expect((await checkLedgerDrift(container)).drifts).toEqual([])
    expect(await ownership.listOwnedTracks({}, { select: ["id"], take: null })).toHaveLength(2240)

    const query = container.resolve(ContainerRegistrationKeys.QUERY)
    const { data: orders } = await query.graph({ entity: "order", fields: ["id", "fulfillments.delivered_at", "fulfillments.canceled_at"] })
    const undelivered = orders.filter((o: any) => !(o.fulfillments ?? []).some((f: any) => f?.delivered_at && !f.canceled_at))
    expect(undelivered.map((o: any) => o.id)).toEqual([])
  })

  it("lets a Chinook customer log in with the demo password and see their account", async () => {
    const { data: login } = await api.post("/auth/customer/emailpass", {
      email: "luisg@embraer.com.br",
      password: DEFAULT_DEMO_PASSWORD,
    })
    const headers = { authorization: `Bearer ${login.token}`, "x-publishable-api-key": first.setup.publishable_key }
    const { data } = await api.get("/store/customers/me?fields=*addresses", { headers })
    expect(data.customer).toMatchObject({ first_name: "Luís", last_name: "Gonçalves", company_name: "Embraer - Empresa Brasileira de Aeronáutica S.A." })
    expect(data.customer.addresses[0]).toMatchObject({ city: "São José dos Campos", country_code: "br" })

    // Their purchase history: Luís has 7 invoices, all paid.
    const { data: mine } = await api.get("/store/orders?limit=50&fields=+payment_status", { headers })
    expect(mine.count).toBe(7)
    expect(mine.orders.every((o: any) => o.payment_status === "captured")).toBe(true)
  })

  it("lets an employee log in to the admin", async () => {
    const { data: login } = await api.post("/auth/user/emailpass", {
      email: "jane@chinookcorp.com",
      password: DEFAULT_DEMO_PASSWORD,
    })
    const { data } = await api.get("/admin/users/me", { headers: { authorization: `Bearer ${login.token}` } })
    expect(data.user.email).toBe("jane@chinookcorp.com")
  })

  it("finishes an import that was stopped half-way, keeping every id, and leaves alone what staff deleted", async () => {
    const c = getContainer()
    const query = c.resolve(ContainerRegistrationKeys.QUERY)
    const link = c.resolve(ContainerRegistrationKeys.LINK)
    const snapshot = async () => {
      const { data: albums } = await query.graph({ entity: "album", fields: ["id", "chinook_id", "product.id", "tracks.id", "tracks.product_variant.id"] })
      const { data: orders } = await query.graph({ entity: "order", fields: ["id", "items.id"] })
      return {
        albums: new Map(albums.map((a: any) => [a.chinook_id, a.id])),
        products: new Map(albums.map((a: any) => [a.chinook_id, a.product?.id])),
        tracks: albums.flatMap((a: any) => a.tracks.map((t: any) => `${t.id}:${t.product_variant?.id}`)).sort(),
        orders: orders.map((o: any) => `${o.id}:${o.items.map((i: any) => i.id).sort().join(",")}`).sort(),
      }
    }
    const before = await snapshot()

    // What a run killed inside its batches leaves: an album's product not yet
    // linked, an order not yet paid, a playlist with only some tracks.
    const { data: [album] } = await query.graph({ entity: "album", fields: ["id", "product.id"], filters: { chinook_id: 1 } })
    await link.dismiss({ [MUSIC_MODULE]: { album_id: album!.id }, [Modules.PRODUCT]: { product_id: album!.product!.id } })
    const { data: [order] } = await query.graph({ entity: "order", fields: ["id", "payment_collections.id"], filters: { id: (await c.resolve(Modules.ORDER).listOrders({}, { take: 1 }))[0].id } })
    await link.dismiss({ [Modules.ORDER]: { order_id: order!.id }, [Modules.PAYMENT]: { payment_collection_id: order!.payment_collections![0]!.id } })
    const playlists = c.resolve(PLAYLISTS_MODULE) as any
    const [music] = await playlists.listPlaylists({ chinook_id: 1 }, { relations: ["tracks"] })
    await playlists.deletePlaylistTracks(music.tracks.slice(0, 100).map((t: any) => t.id))
    // And staff delete the product of an album that sold (Chinook album 2).
    await deleteProductsWorkflow(c).run({ input: { ids: [before.products.get(2)] } })

    const again = await runImport(c)
    expect(Object.fromEntries(again.progress.results.filter((r) => r.created || r.updated).map((r) => [r.entity, [r.created, r.updated]]))).toEqual({
      albums: [0, 1],
      playlists: [0, 1],
      orders: [0, 1],
    })
    expect(again.progress.leftAlone()).toEqual([expect.stringMatching(/^albums 2 \(Balls to the Wall\): its product was deleted by staff/)])

    const after = await snapshot()
    expect(after.albums).toEqual(before.albums)
    expect(after.products).toEqual(new Map([...before.products].map(([k, v]) => [k, k === 2 ? undefined : v])))
    const album2Tracks = new Set((await c.resolve(MUSIC_MODULE as any).listTracks({ album_id: before.albums.get(2) })).map((t: any) => t.id))
    expect(after.tracks.filter((t) => !album2Tracks.has(t.split(":")[0]))).toEqual(before.tracks.filter((t) => !album2Tracks.has(t.split(":")[0])))
    expect(after.tracks.filter((t) => album2Tracks.has(t.split(":")[0]))).toEqual([...album2Tracks].map((id) => `${id}:undefined`).sort())
    expect(after.orders).toEqual(before.orders)
    expect((await playlists.listAndCountPlaylistTracks())[1]).toBe(8715)
    const { data: orders } = await query.graph({ entity: "order", fields: ["id", "total", "payment_collections.id"] })
    expect(orders.every((o: any) => o.payment_collections.length === 1)).toBe(true)
    expect(orders.reduce((sum: number, o: any) => sum + Math.round(Number(o.total) * 100), 0)).toBe(232860)
  })

  it("creates nothing on a second run", async () => {
    const again = await runImport(getContainer())
    expect(again.progress.results.every((r) => r.created === 0 && r.updated === 0 && !r.left_alone.length)).toBe(true)
  })
}
