import type { MedusaSuiteOptions } from "@medusajs/test-utils"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import { OWNERSHIP_MODULE } from "../../../src/modules/ownership"
import type OwnershipModuleService from "../../../src/modules/ownership/service"
import { ensureStoreSetup, type StoreSetup } from "../../../src/lib/store-setup"
import { registerCustomer } from "../../helpers/customer"
import { buy, makeAlbum, refused, staffAuth, type Auth, type TestAlbum } from "../../helpers/staff-side"

// Moving a track to another album: it is then sold on that album's product
// (a new variant with its SKU and price), gone from the old one, and what
// was sold of it (order, ownership, sales ledger) stays as it was.
export default function adminTrackMoveSuite({ api, getContainer }: MedusaSuiteOptions) {
  let setup: StoreSetup
  let staff: Auth
  let pk: Auth
  let owner: Auth
  let from: TestAlbum
  let to: TestAlbum
  let orderId: string

  beforeAll(async () => {
    const container = getContainer()
    setup = await ensureStoreSetup(container)
    pk = { headers: { "x-publishable-api-key": setup.publishable_key } }
    staff = await staffAuth(api, container, "catalogue@example.com")
    from = await makeAlbum(container, "Wrong Album", [{ name: "Stays Here" }, { name: "Stray Song", unit_price: 1.29 }])
    to = await makeAlbum(container, "Right Album", [{ name: "Opener" }, { name: "Closer" }])
    owner = await registerCustomer(api, setup.publishable_key, { email: "owner@example.com" })
    orderId = (await buy(api, container, setup, owner, [from.tracks[1].variant_id])).id
  })

  const move = (id: string, body: Record<string, unknown>, auth: Auth | {} = staff) => api.post(`/admin/music/tracks/${id}/move`, body, auth)
  /** A move expected to succeed; a refusal fails the test with what the API said. */
  const moved = (id: string, body: Record<string, unknown>) =>
    move(id, body).catch((e: any) => {
      throw new Error(`move refused: ${e.response?.status} ${JSON.stringify(e.response?.data)}`)
    })
  const storeAlbum = async (id: string) => (await api.get(`/store/music/albums/${id}?region_id=${setup.region_id}`, pk)).data.album

  it("needs a staff login and refuses bad input naming the field", async () => {
    const stray = from.tracks[1].id
    expect((await refused(move(stray, { album_id: to.id }, {}))).status).toBe(401)
    const cases: [Record<string, unknown>, RegExp, number][] = [
      [{}, /album_id/, 400],
      [{ album_id: "" }, /album_id/, 400],
      [{ album_id: from.id }, /album_id: the track is already on this album/, 400],
      [{ album_id: "alb_01MISSING" }, /album_id: no album has the id alb_01MISSING/, 400],
      [{ album_id: to.id, track_number: 0 }, /track_number/, 400],
      [{ album_id: to.id, position: 2 }, /position/, 400],
    ]
    for (const [body, message, status] of cases) {
      const answer = await refused(move(stray, body))
      expect({ body, status: answer.status }).toEqual({ body, status })
      expect(answer.message).toMatch(message)
    }
    expect((await refused(move("trk_01MISSING", { album_id: to.id }))).status).toBe(404)
    // Nothing moved.
    expect((await storeAlbum(from.id)).tracks.map((t: any) => t.name)).toEqual(["Stays Here", "Stray Song"])
  })

  it("moves a sold track: sold on the new album's product at its price, gone from the old, its sale and owner intact", async () => {
    const container = getContainer()
    const query = container.resolve(ContainerRegistrationKeys.QUERY)
    const stray = from.tracks[1]
    const { status, data } = await moved(stray.id, { album_id: to.id })
    expect(status).toBe(200)
    expect(data).toMatchObject({ from_album_id: from.id, track: { id: stray.id, name: "Stray Song", track_number: 3 } })
    expect(data.variant_id).not.toBe(stray.variant_id)

    // The variant: on the new album's product, with the track's SKU, option value and price; the old one is gone.
    const { data: [track] } = await query.graph({
      entity: "track",
      fields: ["id", "album_id", "product_variant.id", "product_variant.sku", "product_variant.product_id", "product_variant.options.value"],
      filters: { id: stray.id },
    })
    const { data: products } = await query.graph({ entity: "album", fields: ["id", "product.id", "product.variants.id", "product.options.values.value"], filters: { id: [from.id, to.id] } })
    const productOf = (id: string) => (products as any[]).find((a) => a.id === id).product
    expect(track).toMatchObject({
      album_id: to.id,
      product_variant: { id: data.variant_id, sku: stray.id, product_id: productOf(to.id).id, options: [{ value: "3. Stray Song" }] },
    })
    expect(productOf(from.id).variants.map((v: any) => v.id)).not.toContain(stray.variant_id)
    expect(productOf(from.id).options[0].values.map((v: any) => v.value)).not.toContain("2. Stray Song")
    expect(productOf(to.id).options[0].values.map((v: any) => v.value)).toContain("3. Stray Song")

    // The store: on the new album, priced as before, and off the old one.
    const right = await storeAlbum(to.id)
    expect(right.tracks.map((t: any) => [t.track_number, t.name])).toEqual([[1, "Opener"], [2, "Closer"], [3, "Stray Song"]])
    // No master uploaded: its preview is a generated demo, and its card says so.
    expect(right.tracks[2]).toMatchObject({ variant_id: data.variant_id, price: { amount: 1.29, currency_code: "usd" }, album: { id: to.id }, preview: "generated" })
    expect((await storeAlbum(from.id)).tracks.map((t: any) => t.name)).toEqual(["Stays Here"])
    // And a new customer can buy it there.
    const buyer = await registerCustomer(api, setup.publishable_key, { email: "buyer@example.com" })
    const order = await buy(api, container, setup, buyer, [data.variant_id])

    // What was sold stays: the first order's line, the owner's track, the ledger's line.
    const { data: [first] } = await query.graph({ entity: "order", fields: ["id", "items.variant_id", "items.title"], filters: { id: orderId } })
    expect((first as any).items.map((i: any) => i.variant_id)).toEqual([stray.variant_id])
    const ownership: OwnershipModuleService = container.resolve(OWNERSHIP_MODULE)
    const owned = await ownership.listOwnedTracks({ track_id: stray.id }, { select: ["customer_id", "order_id", "track_id", "album_id"] } as any)
    expect(owned.map((o: any) => o.album_id)).toEqual([to.id, to.id])
    expect(owned.map((o: any) => o.order_id).sort()).toEqual([orderId, order.id].sort())
    const sales = await ownership.listSaleLines({ order_id: orderId }, { select: ["track_id", "variant_id", "album_id", "amount"] } as any)
    expect(sales).toEqual([expect.objectContaining({ track_id: stray.id, variant_id: stray.variant_id, album_id: from.id })])
    // The owner still has it, in their library under its new album.
    const library = (await api.get("/store/customers/me/library", owner)).data
    expect(library.albums.map((a: any) => [a.title, a.tracks.map((t: any) => t.id)])).toEqual([["Right Album", [stray.id]]])
  })

  it("moves a track to a chosen place, renumbering both albums: no gap on the old one, no twin number on the new one", async () => {
    const container = getContainer()
    const source = await makeAlbum(container, "Source Album", [{ name: "One" }, { name: "Two" }, { name: "Three" }, { name: "Four" }])
    const target = await makeAlbum(container, "Target Album", [{ name: "Alpha" }, { name: "Beta" }, { name: "Gamma" }])
    const numbering = async (albumId: string) => {
      const { data } = await container.resolve(ContainerRegistrationKeys.QUERY).graph({
        entity: "track",
        fields: ["name", "track_number", "product_variant.variant_rank", "product_variant.options.value"],
        filters: { album_id: albumId },
      })
      return (data as any[])
        .sort((a, b) => a.track_number - b.track_number)
        .map((t) => [t.track_number, t.name, t.product_variant.variant_rank, t.product_variant.options[0].value])
    }

    // Past the end is refused, naming the places there are.
    const far = await refused(move(source.tracks[1].id, { album_id: target.id, track_number: 5 }))
    expect([far.status, far.message]).toEqual([400, "track_number: the album has 3 tracks; choose a place from 1 to 4."])

    const { data } = await moved(source.tracks[1].id, { album_id: target.id, track_number: 2 })
    expect(data.track).toMatchObject({ name: "Two", track_number: 2 })
    expect(await numbering(source.id)).toEqual([
      [1, "One", 1, "1. One"],
      [2, "Three", 2, "2. Three"],
      [3, "Four", 3, "3. Four"],
    ])
    expect(await numbering(target.id)).toEqual([
      [1, "Alpha", 1, "1. Alpha"],
      [2, "Two", 2, "2. Two"],
      [3, "Beta", 3, "3. Beta"],
      [4, "Gamma", 4, "4. Gamma"],
    ])
    // The store lists them in that order.
    expect((await storeAlbum(target.id)).tracks.map((t: any) => [t.track_number, t.name])).toEqual([[1, "Alpha"], [2, "Two"], [3, "Beta"], [4, "Gamma"]])
    expect((await storeAlbum(source.id)).tracks.map((t: any) => [t.track_number, t.name])).toEqual([[1, "One"], [2, "Three"], [3, "Four"]])

    // With no place given it goes last, and only the old album closes up.
    await moved(source.tracks[0].id, { album_id: target.id })
    expect((await numbering(source.id)).map(([n, name]) => [n, name])).toEqual([[1, "Three"], [2, "Four"]])
    expect((await numbering(target.id)).map(([n, name]) => [n, name])).toEqual([[1, "Alpha"], [2, "Two"], [3, "Beta"], [4, "Gamma"], [5, "One"]])
  })

  it("a move that fails late is undone: both albums get their old numbers back", async () => {
    const container = getContainer()
    const products = container.resolve(Modules.PRODUCT)
    const source = await makeAlbum(container, "Undo Source", [{ name: "Uno" }, { name: "Dos" }, { name: "Tres" }])
    const target = await makeAlbum(container, "Undo Target", [{ name: "Ein" }, { name: "Zwei" }])
    const numbering = async (albumId: string) => {
      const { data } = await container.resolve(ContainerRegistrationKeys.QUERY).graph({
        entity: "track",
        fields: ["id", "name", "track_number", "album_id", "product_variant.variant_rank", "product_variant.options.value"],
        filters: { album_id: albumId },
      })
      return (data as any[])
        .sort((a, b) => a.track_number - b.track_number)
        .map((t) => (t.id === source.tracks[1].id ? [t.track_number, t.name] : [t.track_number, t.name, t.product_variant.variant_rank, t.product_variant.options[0].value]))
    }
    const before = { source: await numbering(source.id), target: await numbering(target.id) }
    expect(before.source.map(([n, name]) => [n, name])).toEqual([[1, "Uno"], [2, "Dos"], [3, "Tres"]])

    // Another product's variant already holds the SKU the moved track's new variant needs (the track id), so
    // creating that variant, the workflow's last step, fails after both albums were renumbered.
    await products.updateProductVariants(source.tracks[1].variant_id, { sku: `was-${source.tracks[1].id}` })
    await products.createProducts([
      { title: "SKU Squatter", options: [{ title: "Edition", values: ["Only"] }], variants: [{ title: "Only", sku: source.tracks[1].id, options: { Edition: "Only" } }] },
    ])
    const failed = await refused(move(source.tracks[1].id, { album_id: target.id, track_number: 1 }))
    expect(failed.message).toBe(`Product variant with sku: ${source.tracks[1].id}, already exists.`)

    expect(await numbering(source.id)).toEqual(before.source)
    expect(await numbering(target.id)).toEqual(before.target)
  })
}
