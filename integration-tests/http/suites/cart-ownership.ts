import type { MedusaSuiteOptions } from "@medusajs/test-utils"
import { OWNERSHIP_MODULE } from "../../../src/modules/ownership"
import type OwnershipModuleService from "../../../src/modules/ownership/service"
import { ensureStoreSetup, StoreSetup } from "../../../src/lib/store-setup"
import { createTestAlbums, type TestAlbum } from "../../helpers/catalogue"
import { registerCustomerWithId } from "../../helpers/customer"
import { type Auth, completeCart, payWithSystemProvider, storeHeaders, waitUntilOwned } from "../../helpers/purchase"

const round = (n: number) => Math.round(n * 100) / 100

export default function cartOwnershipSuite({ api, getContainer }: MedusaSuiteOptions) {
  let setup: StoreSetup
  let pk: Auth
  // Four tracks, an album price of its own rule.
  let bossa: TestAlbum
  // The second track alone costs more than the album.
  let cheap: TestAlbum
  // For purchases made between adding and completing.
  let later: TestAlbum

  const ownership = (): OwnershipModuleService => getContainer().resolve(OWNERSHIP_MODULE)

  async function createAlbum(title: string, tracks: [string, number][], album_price?: number): Promise<TestAlbum> {
    const [album] = await createTestAlbums(getContainer(), {
      artist: `${title} Artist`,
      albums: [
        {
          title,
          album_price,
          tracks: tracks.map(([name, unit_price]) => ({ name, composer: null, milliseconds: 200000, bytes: 1, unit_price, genre_id: null })),
        },
      ],
    })
    return album
  }

  beforeAll(async () => {
    setup = await ensureStoreSetup(getContainer())
    pk = storeHeaders(setup)
    bossa = await createAlbum("Warner 25 Anos", [["Desafinado", 0.99], ["Garota De Ipanema", 1.99], ["Insensatez", 0.99], ["Wave", 0.99]])
    cheap = await createAlbum("Short Album", [["Overture", 0.99], ["Magnum Opus", 4.99]], 3.99)
    later = await createAlbum("Bought Later", [["First", 0.99], ["Second", 0.99], ["Third", 0.99]])
  })

  /** What the store's album page says each variant costs. */
  async function pagePrices(album: TestAlbum) {
    const { data } = await api.get(`/store/music/albums/${album.id}?region_id=${setup.region_id}`, pk)
    return {
      full: data.album.full_album.price.amount as number,
      track: Object.fromEntries(data.album.tracks.map((t: any) => [t.id, t.price.amount as number])) as Record<string, number>,
    }
  }

  const customer = (email: string) => registerCustomerWithId(api, setup.publishable_key, { email })

  let granted = 0
  /** Ownership as the grant-ownership workflow records it, without an order. */
  async function grant(customerId: string, album: TestAlbum, trackIds: string[]) {
    granted++
    await ownership().recordSales({
      owned: trackIds.map((track_id, i) => ({
        customer_id: customerId,
        track_id,
        album_id: album.id,
        order_id: `order_grant_${granted}`,
        line_item_id: `ordli_grant_${granted}_${i}`,
        granted_at: new Date(),
      })),
      sales: [],
    })
  }

  const newCart = async (auth: Auth, items?: { variant_id: string; quantity: number }[]) =>
    api.post("/store/carts", { region_id: setup.region_id, ...(items ? { items } : {}) }, auth).catch((e: any) => e.response)
  const addLine = (cartId: string, variant_id: string, auth: Auth) =>
    api.post(`/store/carts/${cartId}/line-items`, { variant_id, quantity: 1 }, auth).catch((e: any) => e.response)
  const lineOf = (cart: any, variantId: string) => cart.items.find((i: any) => i.variant_id === variantId)

  const pay = (cartId: string, auth: Auth) => payWithSystemProvider(api, cartId, auth)
  const complete = (cartId: string, auth: Auth) => completeCart(api, cartId, auth)

  it("refuses a track or a whole album the customer owns, naming it; a guest cart may hold them until its owner takes it over", async () => {
    const me = await customer("owner@example.com")
    await grant(me.id, cheap, cheap.tracks.map((t) => t.id))
    await grant(me.id, bossa, [bossa.tracks[0].id])

    const { data } = await newCart(me.auth)
    const track = await addLine(data.cart.id, bossa.tracks[0].variant_id, me.auth)
    expect(track.status).toBe(400)
    expect(track.data.message).toBe("You already own “Desafinado”; it is in your library.")

    const album = await addLine(data.cart.id, cheap.full_variant_id, me.auth)
    expect(album.status).toBe(400)
    expect(album.data.message).toBe("You already own every track of “Short Album”; it is in your library.")

    const created = await newCart(me.auth, [{ variant_id: cheap.tracks[1].variant_id, quantity: 1 }])
    expect(created.status).toBe(400)
    expect(created.data.message).toBe("You already own “Magnum Opus”; it is in your library.")

    // A track of theirs not owned goes in as usual.
    expect((await addLine(data.cart.id, bossa.tracks[1].variant_id, me.auth)).status).toBe(200)

    const guest = (await newCart(pk)).data.cart
    expect((await addLine(guest.id, bossa.tracks[0].variant_id, pk)).status).toBe(200)
    const guestAlbum = await addLine(guest.id, bossa.full_variant_id, pk)
    expect(guestAlbum.status).toBe(200)
    const line = lineOf(guestAlbum.data.cart, bossa.full_variant_id)
    expect(line.unit_price).toBe((await pagePrices(bossa)).full)
    expect(line.compare_at_unit_price ?? null).toBeNull()
    expect(line.metadata?.complete_my_album).toBeUndefined()

    // Signing in takes the guest cart over (Medusa refreshes it): the album is now partly owned.
    const { data: mine } = await api.post(`/store/carts/${guest.id}/customer`, {}, me.auth)
    const prices = await pagePrices(bossa)
    const taken = lineOf(mine.cart, bossa.full_variant_id)
    expect(taken.unit_price).toBe(round(prices.full - prices.track[bossa.tracks[0].id]))
    expect(taken.metadata.complete_my_album).toMatchObject({ owned_track_ids: [bossa.tracks[0].id], owned_tracks: 1, album_tracks: 4 })
  })

  it("prices an album less the tracks owned, keeps that price through refreshes and records it in the order", async () => {
    const me = await customer("completer@example.com")
    const owned = [bossa.tracks[0], bossa.tracks[1]]
    await grant(me.id, bossa, owned.map((t) => t.id))
    const prices = await pagePrices(bossa)
    const off = round(prices.track[owned[0].id] + prices.track[owned[1].id])
    const expected = round(prices.full - off)
    expect(expected).toBeGreaterThan(0)

    const { data } = await newCart(me.auth)
    const added = await addLine(data.cart.id, bossa.full_variant_id, me.auth)
    expect(added.status).toBe(200)
    let line = lineOf(added.data.cart, bossa.full_variant_id)
    expect(line.unit_price).toBe(expected)
    expect(line.compare_at_unit_price).toBe(prices.full)
    expect(line.metadata.complete_my_album).toEqual({
      album_id: bossa.id,
      owned_track_ids: owned.map((t) => t.id).sort(),
      owned_tracks: 2,
      album_tracks: 4,
      album_price: prices.full,
      amount_off: off,
      currency_code: "usd",
    })
    expect(added.data.cart.total).toBe(expected)

    // Adding another line refreshes the cart; Medusa's re-pricing must not undo ours.
    const more = await addLine(data.cart.id, later.tracks[2].variant_id, me.auth)
    expect(more.status).toBe(200)
    line = lineOf(more.data.cart, bossa.full_variant_id)
    expect(line.unit_price).toBe(expected)
    expect(more.data.cart.total).toBe(round(expected + (await pagePrices(later)).track[later.tracks[2].id]))

    await pay(data.cart.id, me.auth)
    const done = await complete(data.cart.id, me.auth)
    expect(done.status).toBe(200)
    expect(done.data.type).toBe("order")
    const { data: read } = await api.get(`/store/orders/${done.data.order.id}?fields=*items`, me.auth)
    const ordered = read.order.items.find((i: any) => i.variant_id === bossa.full_variant_id)
    expect(ordered.unit_price).toBe(expected)
    expect(ordered.compare_at_unit_price).toBe(prices.full)
    expect(ordered.metadata.complete_my_album.amount_off).toBe(off)
    expect(read.order.total).toBe(more.data.cart.total)
  })

  it("never prices an album below zero", async () => {
    const me = await customer("floor@example.com")
    await grant(me.id, cheap, [cheap.tracks[1].id])
    const prices = await pagePrices(cheap)
    expect(prices.track[cheap.tracks[1].id]).toBeGreaterThan(prices.full)

    const { data } = await newCart(me.auth)
    const added = await addLine(data.cart.id, cheap.full_variant_id, me.auth)
    expect(added.status).toBe(200)
    const line = lineOf(added.data.cart, cheap.full_variant_id)
    expect(line.unit_price).toBe(0)
    expect(line.metadata.complete_my_album).toMatchObject({ owned_tracks: 1, album_tracks: 2, amount_off: prices.full })
    expect(added.data.cart.total).toBe(0)
  })

  it("refuses at completion what was bought elsewhere meanwhile, and re-prices an album whose tracks were", async () => {
    const me = await customer("twocarts@example.com")
    const prices = await pagePrices(later)

    const albumCart = (await newCart(me.auth)).data.cart
    expect(lineOf((await addLine(albumCart.id, later.full_variant_id, me.auth)).data.cart, later.full_variant_id).unit_price).toBe(prices.full)
    await pay(albumCart.id, me.auth)
    const trackCart = (await newCart(me.auth)).data.cart
    expect((await addLine(trackCart.id, bossa.tracks[3].variant_id, me.auth)).status).toBe(200)
    await pay(trackCart.id, me.auth)

    // Elsewhere: the first track of the album and the track of the other cart.
    const elsewhere = (await newCart(me.auth)).data.cart
    await addLine(elsewhere.id, later.tracks[0].variant_id, me.auth)
    await addLine(elsewhere.id, bossa.tracks[3].variant_id, me.auth)
    await pay(elsewhere.id, me.auth)
    expect((await complete(elsewhere.id, me.auth)).data.type).toBe("order")
    await waitUntilOwned(getContainer(), me.id, [later.tracks[0].id, bossa.tracks[3].id])

    const refused = await complete(trackCart.id, me.auth)
    expect(refused.status).toBe(400)
    expect(refused.data.message).toBe("You already own “Wave”; it is in your library.")

    const repriced = await complete(albumCart.id, me.auth)
    expect(repriced.status).toBe(400)
    const expected = round(prices.full - prices.track[later.tracks[0].id])
    expect(repriced.data.message).toBe(
      `“Bought Later” now costs $${expected.toFixed(2)} (you own 1 of its 3 tracks). Your cart shows the new total; please confirm your payment again.`
    )
    const { data: now } = await api.get(`/store/carts/${albumCart.id}`, me.auth)
    expect(lineOf(now.cart, later.full_variant_id).unit_price).toBe(expected)
    expect(lineOf(now.cart, later.full_variant_id).metadata.complete_my_album.owned_track_ids).toEqual([later.tracks[0].id])
    expect(now.cart.total).toBe(expected)

    // Paying again, for the new total, completes it at that price.
    await pay(albumCart.id, me.auth)
    const done = await complete(albumCart.id, me.auth)
    expect(done.data.type).toBe("order")
    expect(done.data.order.total).toBe(expected)
    expect(done.data.order.items[0].unit_price).toBe(expected)
    // The album grants the rest of its tracks (and the run ends with no grant still under way).
    await waitUntilOwned(getContainer(), me.id, later.tracks.map((t) => t.id))
  })

  it("opens a customer's first two payments at once, in two carts, with one account holder at the provider", async () => {
    // The first payment session creates the customer's account holder; both at once used to clash on it (400).
    const me = await customer("two-tabs@example.com")
    const carts = await Promise.all(
      [later.tracks[1], later.tracks[2]].map(async (track) => {
        const cart = (await newCart(me.auth)).data.cart
        expect((await addLine(cart.id, track.variant_id, me.auth)).status).toBe(200)
        return cart.id as string
      })
    )
    const sessions = await Promise.all(carts.map((id) => pay(id, me.auth)))
    expect(sessions.map((s) => s.status)).toEqual(["pending", "pending"])
    const { data: [holder] } = await getContainer()
      .resolve("query")
      .graph({ entity: "customer", fields: ["account_holders.id", "account_holders.provider_id"], filters: { id: me.id } })
    expect(holder.account_holders).toHaveLength(1)
    const answers = await Promise.all(carts.map((id) => complete(id, me.auth)))
    expect(answers.map((a) => a.data?.type)).toEqual(["order", "order"])
  })

  it("lets one of two carts holding the same track complete when both are completed at once, counts a placed order before its ownership is recorded, and returns the order again on a retry", async () => {
    const me = await customer("racer@example.com")
    const track = cheap.tracks[0]
    const carts: string[] = []
    for (let i = 0; i < 2; i++) {
      const cart = (await newCart(me.auth)).data.cart
      expect((await addLine(cart.id, track.variant_id, me.auth)).status).toBe(200)
      await pay(cart.id, me.auth)
      carts.push(cart.id)
    }
    const answers = await Promise.all(carts.map((id) => complete(id, me.auth)))
    const orders = answers.filter((a) => a.data?.type === "order")
    expect(orders).toHaveLength(1)
    const refused = answers.find((a) => a.data?.type !== "order")!
    expect(refused.status).toBe(400)
    expect(refused.data.message).toBe("You already own “Overture”; it is in your library.")

    // Retrying the completed cart answers with its order, not a refusal.
    const winner = carts[answers.indexOf(orders[0])]
    const again = await complete(winner, me.auth)
    expect(again.status).toBe(200)
    expect(again.data.order.id).toBe(orders[0].data.order.id)

    // As if order.placed had not been handled yet: the order alone still counts.
    await waitUntilOwned(getContainer(), me.id, [track.id])
    const own = ownership()
    const orderId = orders[0].data.order.id
    const owned = await own.listOwnedTracks({ order_id: orderId } as any, { select: ["id"] })
    const sales = await own.listSaleLines({ order_id: orderId } as any, { select: ["id"] })
    await own.softDeleteOwnedTracks(owned.map((o: any) => o.id))
    await own.softDeleteSaleLines(sales.map((o: any) => o.id))
    try {
      expect(await own.listOwnedTrackIds(me.id, [track.id])).toEqual([])
      const next = (await newCart(me.auth)).data.cart
      const add = await addLine(next.id, track.variant_id, me.auth)
      expect(add.status).toBe(400)
      expect(add.data.message).toBe("You already own “Overture”; it is in your library.")
    } finally {
      await own.restoreOwnedTracks(owned.map((o: any) => o.id))
      await own.restoreSaleLines(sales.map((o: any) => o.id))
    }
  })
}
