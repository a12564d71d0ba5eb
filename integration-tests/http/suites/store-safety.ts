import type { MedusaSuiteOptions } from "@medusajs/test-utils"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import { createSalesChannelsWorkflow } from "@medusajs/medusa/core-flows"
import { answerOf, createTestAlbums } from "../../helpers/catalogue"
import { registerCustomer } from "../../helpers/customer"
import { recordPaidOrders, storeHeaders } from "../../helpers/purchase"
import { staffLogin } from "../../helpers/staff"
import { ensureStoreSetup } from "../../../src/lib/store-setup"
import { MUSIC_MODULE } from "../../../src/modules/music"
import type MusicModuleService from "../../../src/modules/music/service"
import { updateAlbumsWorkflow } from "../../../src/workflows/music/update-albums"
import { updateArtistsWorkflow } from "../../../src/workflows/music/update-artists"
import { updateGenresWorkflow } from "../../../src/workflows/music/update-genres"
import { TRACK_LINE_FIELDS, trackLineItem } from "../../../src/workflows/orders/utils/track-line-item"
import { createPlaylistsWorkflow } from "../../../src/workflows/playlists/create-playlists"

// The store API as an attacker or a careless client would use it: fields
// reaching other modules, hidden products, hostile bytes, unbounded pages.
export default function storeSafetySuite({ api, getContainer }: MedusaSuiteOptions) {
  let pk: { headers: Record<string, string> }
  let admin: { headers: Record<string, string> }
  let regionId: string
  // "shown" is published in the key's channel; "hidden" gets unpublished in a
  // test; "elsewhere" is published only in another sales channel.
  const ids = {} as Record<"artist" | "other" | "rock" | "shown" | "hidden" | "elsewhere" | "playlist", string>
  const products = {} as Record<"shown" | "hidden" | "elsewhere", { id: string; handle: string }>
  const tracks = {} as Record<"shown" | "hidden" | "elsewhere", string>

  const get = (path: string) => api.get(path, pk)
  const fail = (path: string, headers = pk) => answerOf(api.get(path, headers))
  const setStatus = (productId: string, status: "draft" | "published") =>
    api.post(`/admin/products/${productId}`, { status }, admin)

  beforeAll(async () => {
    const container = getContainer()
    const setup = await ensureStoreSetup(container)
    regionId = setup.region_id
    pk = storeHeaders(setup)
    admin = await staffLogin(api, container, { email: "staff@safety.test", password: "a-long-staff-password" })

    const music: MusicModuleService = container.resolve(MUSIC_MODULE)
    const [artist, other] = await music.createArtists([{ name: "Safety Band" }, { name: "Elsewhere Band" }])
    const [rock] = await music.createGenres([{ name: "Rock" }])
    const {
      result: [channel],
    } = await createSalesChannelsWorkflow(container).run({ input: { salesChannelsData: [{ name: "Wholesale" }] } })
    const t = (name: string) => ({ name, genre_id: rock.id, milliseconds: 200_000, unit_price: 0.99 })
    const result = await createTestAlbums(container, {
      albums: [
        { title: "Shown Album", artist_id: artist.id, tracks: [t("Shown Song"), t("Second Song")] },
        { title: "Hidden Album", artist_id: artist.id, tracks: [t("Hidden Song")] },
      ],
    })
    const elsewhere = await createTestAlbums(container, {
      sales_channel_id: channel.id,
      albums: [{ title: "Elsewhere Album", artist_id: other.id, tracks: [t("Elsewhere Song")] }],
    })
    const all = { shown: result[0], hidden: result[1], elsewhere: elsewhere[0] }
    const query = container.resolve(ContainerRegistrationKeys.QUERY)
    for (const key of ["shown", "hidden", "elsewhere"] as const) {
      ids[key] = all[key].id
      tracks[key] = all[key].tracks[0].id
      const { data } = await query.graph({ entity: "product", fields: ["id", "handle"], filters: { id: all[key].product_id } })
      products[key] = data[0] as any
    }
    Object.assign(ids, { artist: artist.id, other: other.id, rock: rock.id })
    const { result: lists } = await createPlaylistsWorkflow(container).run({
      input: {
        playlists: [
          { name: "Mixed", editorial: true, track_ids: [tracks.hidden, tracks.shown, tracks.elsewhere] },
        ],
      },
    })
    ids.playlist = lists[0].id
    // A sale of each, so charts and "bought together" would show them.
    const customer = await container.resolve(Modules.CUSTOMER).createCustomers({ email: "buyer@safety.test" })
    const { data: sold } = await query.graph({ entity: "track", fields: TRACK_LINE_FIELDS, filters: { id: Object.values(tracks) } })
    await recordPaidOrders(container, setup, [
      { customer_id: customer.id, email: customer.email, items: (sold as any[]).map((t) => trackLineItem(t, 1, 0.99)) },
    ])
  })

  describe("fields", () => {
    it("refuses fields that reach orders, carts or other modules, naming them", async () => {
      for (const path of [
        "/store/music/albums?fields=id,*product.variants.order_items",
        "/store/music/albums?fields=*product.variants.cart_items",
        "/store/music/genres?fields=*tracks,*tracks.album,*tracks.album.tracks",
        "/store/music/tracks?fields=+product_variant.price_set.prices",
        "/store/music/artists?fields=albums.product.id",
        "/store/music/playlists?fields=*customer",
        `/store/music/albums/${ids.shown}?fields=+product.variants.order_items`,
        `/store/music/genres/${ids.rock}?fields=*tracks`,
        "/store/music/charts?fields=id",
        "/store/music/search?q=shown&fields=*albums",
        `/store/music/albums/${ids.shown}/related?fields=id`,
      ]) {
        const res = await fail(path)
        expect({ path, status: res.status }).toEqual({ path, status: 400 })
        expect(res.message).toMatch(/fields/)
      }
      const res = await fail("/store/music/albums?fields=id,*product.variants.order_items")
      expect(res.message).toContain("product.variants.order_items")
    })

    it("answers with just the fields asked for, when they are the route's own", async () => {
      const { data } = await get("/store/music/albums?fields=id,title")
      expect(data.albums.length).toBeGreaterThan(0)
      for (const a of data.albums) expect(Object.keys(a).sort()).toEqual(["id", "title"])
      const { data: withArtist } = await get("/store/music/albums?fields=title,*artist")
      // As with Medusa's own routes, the id always comes along.
      expect(withArtist.albums[0]).toEqual({
        id: expect.any(String),
        title: expect.any(String),
        artist: { id: expect.any(String), name: expect.any(String) },
      })
    })
  })

  describe("visibility", () => {
    const everywhere = () => ({
      albums: get("/store/music/albums?limit=100").then((r) => r.data.albums.map((a: any) => a.id)),
      tracks: get("/store/music/tracks?limit=100").then((r) => r.data.tracks.map((t: any) => t.id)),
      search: get("/store/music/search?q=album").then((r) => r.data.albums.map((a: any) => a.id)),
      searchTracks: get("/store/music/search?q=song").then((r) => r.data.tracks.map((t: any) => t.id)),
      artistPage: get(`/store/music/artists/${ids.artist}`).then((r) => r.data.albums.map((a: any) => a.id)),
      genrePage: get(`/store/music/genres/${ids.rock}`).then((r) => r.data.albums.map((a: any) => a.id)),
      charts: get("/store/music/charts?limit=50").then((r) => r.data.albums.map((a: any) => a.id)),
      chartTracks: get("/store/music/charts?limit=50").then((r) => r.data.tracks.map((t: any) => t.id)),
      related: get(`/store/music/albums/${ids.shown}/related`).then((r) => r.data.albums.map((a: any) => a.id)),
      playlist: get(`/store/music/playlists/${ids.playlist}`).then((r) => r.data.playlist.tracks.map((t: any) => t.id)),
    })
    const collect = async () => {
      const pending = everywhere()
      const entries = await Promise.all(Object.entries(pending).map(async ([k, v]) => [k, (await v) as string[]] as const))
      return Object.fromEntries(entries) as Record<keyof typeof pending, string[]>
    }

    it("shows only what is published in the key's sales channels, and unpublishing hides it at once", async () => {
      let seen = await collect()
      // Published in another channel only: nowhere, not even by handle.
      for (const list of Object.values(seen)) expect(list).not.toContain(ids.elsewhere)
      for (const list of Object.values(seen)) expect(list).not.toContain(tracks.elsewhere)
      expect((await fail(`/store/music/albums/${products.elsewhere.handle}`)).status).toBe(404)
      expect((await fail(`/store/music/albums/${ids.elsewhere}`)).status).toBe(404)
      expect((await fail(`/store/music/artists/${ids.other}`)).status).toBe(404)
      expect((await fail(`/store/music/tracks/${tracks.elsewhere}/preview`)).status).toBe(404)
      // Published here: everywhere.
      expect(seen.albums).toEqual(expect.arrayContaining([ids.shown, ids.hidden]))
      expect(seen.charts).toEqual(expect.arrayContaining([ids.shown, ids.hidden]))
      expect(seen.related).toContain(ids.hidden)
      expect(seen.playlist).toEqual([tracks.hidden, tracks.shown])

      await setStatus(products.hidden.id, "draft")
      seen = await collect()
      for (const [where, list] of Object.entries(seen)) {
        expect({ where, hidden: list.includes(ids.hidden) || list.includes(tracks.hidden) }).toEqual({ where, hidden: false })
      }
      expect(seen.albums).toContain(ids.shown)
      expect(seen.playlist).toEqual([tracks.shown])
      expect((await fail(`/store/music/albums/${products.hidden.handle}`)).status).toBe(404)
      expect((await fail(`/store/music/albums/${ids.hidden}`)).status).toBe(404)
      expect((await fail(`/store/music/albums/${ids.hidden}/related`)).status).toBe(404)
      expect((await fail(`/store/music/tracks/${tracks.hidden}/preview`)).status).toBe(404)
      const { data: artists } = await get("/store/music/artists?limit=100")
      expect(artists.artists.map((a: any) => a.id)).toEqual([ids.artist])

      await setStatus(products.hidden.id, "published")
      seen = await collect()
      expect(seen.albums).toContain(ids.hidden)
      expect(seen.playlist).toEqual([tracks.hidden, tracks.shown])
      expect((await get(`/store/music/albums/${products.hidden.handle}`)).data.album.id).toBe(ids.hidden)
    })

    it("forgets an album whose product staff delete", async () => {
      const container = getContainer()
      const music: MusicModuleService = container.resolve(MUSIC_MODULE)
      await api.delete(`/admin/products/${products.elsewhere.id}`, admin)
      const [album] = await music.listAlbums({ id: ids.elsewhere }, { select: ["id", "sales_channel_ids"] })
      expect(album.sales_channel_ids).toEqual([])
    })
  })

  describe("hostile bytes", () => {
    const BAD = ["%00", "%ff", "%c3%28", "%ed%a0%80"]
    it("answers 400 naming the field for NUL or invalid UTF-8 in q", async () => {
      for (const route of ["search", "albums", "artists", "tracks"]) {
        for (const bad of BAD) {
          const res = await fail(`/store/music/${route}?q=a${bad}b`)
          expect({ route, bad, status: res.status }).toEqual({ route, bad, status: 400 })
          expect(res.message).toMatch(/^q: /)
        }
      }
    })

    it("answers 400 naming the parameter for NUL or invalid UTF-8 in an id", async () => {
      for (const route of ["albums", "genres", "playlists", "artists", "tracks"]) {
        for (const bad of BAD) {
          const path = route === "tracks" ? `/store/music/tracks/x${bad}/preview` : `/store/music/${route}/x${bad}`
          const res = await fail(path)
          expect({ path, status: res.status }).toEqual({ path, status: 400 })
          expect(res.message).toMatch(/^id: /)
        }
      }
      for (const bad of BAD) {
        const res = await fail(`/store/music/albums?genre_id=x${bad}`)
        expect(res.status).toBe(400)
        expect(res.message).toMatch(/^genre_id: /)
      }
    })
  })

  describe("bounded reads", () => {
    it("pages a genre's albums", async () => {
      const { data } = await get(`/store/music/genres/${ids.rock}?limit=1`)
      expect(data).toMatchObject({ genre: { id: ids.rock, name: "Rock" }, count: 2, offset: 0, limit: 1 })
      expect(data.albums).toHaveLength(1)
      const { data: next } = await get(`/store/music/genres/${ids.rock}?limit=1&offset=1`)
      expect(next.albums[0].id).not.toBe(data.albums[0].id)
      expect((await fail(`/store/music/genres/${ids.rock}?limit=1000`)).message).toMatch(/limit/)
      expect((await fail(`/store/music/charts?limit=1000`)).message).toMatch(/limit/)
      expect((await fail(`/store/music/albums/${ids.shown}/related?limit=1000`)).message).toMatch(/limit/)
    })
  })

  describe("prices and cache", () => {
    it("prices for the logged-in customer as the cart will: a group's price list applies on the page and in the cart", async () => {
      const { data: page } = await get(`/store/music/albums/${ids.shown}?region_id=${regionId}`)
      const track = page.album.tracks[1]
      expect(track.price.amount).toBe(0.99)
      const customer = await registerCustomer(api, pk.headers["x-publishable-api-key"], { email: "member@safety.test" })
      const { data: me } = await api.get("/store/customers/me", customer)
      const { data: group } = await api.post("/admin/customer-groups", { name: "Members" }, admin)
      await api.post(`/admin/customer-groups/${group.customer_group.id}/customers`, { add: [me.customer.id] }, admin)
      await api.post(
        "/admin/price-lists",
        {
          title: "Members' prices",
          description: "Members pay less",
          type: "sale",
          status: "active",
          rules: { "customer.groups.id": [group.customer_group.id] },
          prices: [{ amount: 0.49, currency_code: "usd", variant_id: track.variant_id }],
        },
        admin
      )
      const { data: theirs } = await api.get(`/store/music/albums/${ids.shown}?region_id=${regionId}`, customer)
      expect(theirs.album.tracks[1].price).toEqual({ amount: 0.49, currency_code: "usd" })
      const { data: shelf } = await api.get(`/store/music/tracks?album_id=${ids.shown}&region_id=${regionId}`, customer)
      expect(shelf.tracks[1].price.amount).toBe(0.49)
      // Everyone else still pays the list price.
      expect((await get(`/store/music/albums/${ids.shown}?region_id=${regionId}`)).data.album.tracks[1].price.amount).toBe(0.99)

      const { data: cart } = await api.post("/store/carts", { region_id: regionId }, customer)
      const { data: added } = await api.post(
        `/store/carts/${cart.cart.id}/line-items`,
        { variant_id: track.variant_id, quantity: 1 },
        customer
      )
      expect(added.cart.items[0].unit_price).toBe(0.49)
    })

    it("shows a staff price change and a renamed album at once", async () => {
      const container = getContainer()
      const { data: before } = await get(`/store/music/albums/${ids.shown}?region_id=${regionId}`)
      const track = before.album.tracks[0]
      expect(track.price).toEqual({ amount: 0.99, currency_code: "usd" })
      await api.post(
        `/admin/products/${products.shown.id}/variants/${track.variant_id}`,
        { prices: [{ amount: 1.49, currency_code: "usd" }] },
        admin
      )
      const { data: after } = await get(`/store/music/albums/${ids.shown}?region_id=${regionId}`)
      expect(after.album.tracks[0].price).toEqual({ amount: 1.49, currency_code: "usd" })
      const { data: list } = await get(`/store/music/tracks?album_id=${ids.shown}&region_id=${regionId}`)
      expect(list.tracks[0].price.amount).toBe(1.49)

      // Staff rename the album (the workflow the admin calls).
      await updateAlbumsWorkflow(container).run({ input: { albums: [{ id: ids.shown, title: "Shown Album (Remastered)" }] } })
      const { data: renamed } = await get(`/store/music/albums/${ids.shown}`)
      expect(renamed.album.title).toBe("Shown Album (Remastered)")
      const { data: tracks } = await get(`/store/music/tracks?album_id=${ids.shown}`)
      expect(tracks.tracks[0].album.title).toBe("Shown Album (Remastered)")

      // An artist and a genre renamed: every cached card that shows them follows.
      await updateArtistsWorkflow(container).run({ input: { artists: [{ id: ids.artist, name: "The Safety Band" }] } })
      await updateGenresWorkflow(container).run({ input: { genres: [{ id: ids.rock, name: "Rock & Roll" }] } })
      const { data: again } = await get(`/store/music/albums/${ids.shown}`)
      expect(again.album.artist.name).toBe("The Safety Band")
      expect(again.album.tracks[0]).toMatchObject({ genre: { name: "Rock & Roll" }, artist: { name: "The Safety Band" } })

      // A new handle in the admin: the cards link to it at once.
      await api.post(`/admin/products/${products.shown.id}`, { handle: "shown-album-remastered" }, admin)
      const { data: moved } = await get(`/store/music/albums?q=Remastered`)
      expect(moved.albums.map((a: any) => a.handle)).toEqual(["shown-album-remastered"])
      const { data: movedTracks } = await get(`/store/music/tracks?album_id=${ids.shown}`)
      expect(movedTracks.tracks[0].album.handle).toBe("shown-album-remastered")

      // A track's variant deleted in the admin: nothing offers it for sale any more.
      await api.delete(`/admin/products/${products.shown.id}/variants/${track.variant_id}`, admin)
      const { data: unsold } = await get(`/store/music/albums/${ids.shown}?region_id=${regionId}`)
      expect(unsold.album.tracks.find((t: any) => t.id === track.id)).toMatchObject({ variant_id: null, price: null })
    })
  })
}
