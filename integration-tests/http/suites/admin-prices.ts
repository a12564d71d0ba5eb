import type { MedusaSuiteOptions } from "@medusajs/test-utils"
import type { StoreSetup } from "../../../src/lib/store-setup"
import { MUSIC_MODULE } from "../../../src/modules/music"
import type MusicModuleService from "../../../src/modules/music/service"
import { createAlbumsWorkflow } from "../../../src/workflows/music/create-albums"
import { failure, forgetCachedAlbums, staffHeaders, storeSetup } from "../../helpers/catalogue-fixtures"
import { failing } from "../../helpers/simulated-failures"

export default function adminPricesSuite({ api, getContainer }: MedusaSuiteOptions) {
  let admin: { headers: Record<string, string> }
  let pk: { headers: Record<string, string> }
  let setup: StoreSetup
  let ids: { miles: string; trane: string; jazz: string; bop: string; mp3: string; aac: string; kind: string; train: string; rounds: string }

  const music = (): MusicModuleService => getContainer().resolve(MUSIC_MODULE)

  beforeAll(async () => {
    const container = getContainer()
    ;({ setup, pk } = await storeSetup(container))
    admin = await staffHeaders(api, container)
    const [miles, trane] = await music().createArtists([{ name: "Miles Davis" }, { name: "John Coltrane" }])
    const [jazz, bop] = await music().createGenres([{ name: "Jazz" }, { name: "Bebop" }])
    const [mp3, aac] = await music().createMediaTypes([{ name: "MPEG audio file" }, { name: "AAC audio file" }])
    const t = (name: string, unit_price: number, genre_id: string, media_type_id: string) => ({ name, milliseconds: 300_000, unit_price, genre_id, media_type_id })
    const { result } = await createAlbumsWorkflow(container).run({
      input: {
        albums: [
          // Kind of Blue: 0.99 + 0.99 + 1.99; its album price by the store's rule (3.97).
          { title: "Kind of Blue", artist_id: miles.id, tracks: [t("So What", 0.99, jazz.id, mp3.id), t("Freddie Freeloader", 0.99, jazz.id, aac.id), t("Blue in Green", 1.99, bop.id, mp3.id)] },
          { title: "Blue Train", artist_id: trane.id, album_price: 9.99, tracks: [t("Blue Train", 1.29, jazz.id, mp3.id), t("Moment's Notice", 0.49, bop.id, aac.id)] },
          { title: "'Round About Midnight", artist_id: miles.id, tracks: [t("'Round Midnight", 0.99, bop.id, aac.id)] },
        ],
      },
    })
    ids = { miles: miles.id, trane: trane.id, jazz: jazz.id, bop: bop.id, mp3: mp3.id, aac: aac.id, kind: result[0].id, train: result[1].id, rounds: result[2].id }
  })

  beforeEach(async () => {
    await forgetCachedAlbums(getContainer(), [ids.kind, ids.train, ids.rounds])
  })

  /** Every variant's price as staff see it: track and full-album variants, by variant id. */
  async function allPrices() {
    const prices = new Map<string, number | null>()
    for (const t of (await api.get("/admin/music/tracks?limit=100", admin)).data.tracks) prices.set(t.variant_id, t.price?.amount ?? null)
    for (const a of (await api.get("/admin/music/albums?limit=100", admin)).data.albums) prices.set(a.full_variant_id, a.price?.amount ?? null)
    return prices
  }

  /** The prices the store charges: each track's and the full album's, by variant id. */
  async function storePrices() {
    const prices = new Map<string, number>()
    for (const id of [ids.kind, ids.train, ids.rounds]) {
      const { data } = await api.get(`/store/music/albums/${id}?region_id=${setup.region_id}`, pk)
      for (const t of data.album.tracks) prices.set(t.variant_id, t.price.amount)
      prices.set(data.album.full_album.variant_id, data.album.full_album.price.amount)
    }
    return prices
  }

  const preview = (body: object) => api.post("/admin/music/prices/preview", body, admin)
  const apply = (body: object) => api.post("/admin/music/prices/apply", body, admin)

  it("answers 401 on the price routes without a staff login", async () => {
    const body = { scope: { genre_id: ids.jazz }, change: { mode: "percent", value: 10 } }
    expect((await failure(api.post("/admin/music/prices/preview", body))).status).toBe(401)
    expect((await failure(api.post("/admin/music/prices/apply", body))).status).toBe(401)
    expect((await failure(api.post(`/admin/music/albums/${ids.kind}`, { price: 1 }))).status).toBe(401)
    expect((await failure(api.post(`/admin/music/tracks/${ids.kind}`, { price: 1 }))).status).toBe(401)
    // Nothing changed.
    expect((await storePrices()).size).toBe(9)
    expect([...(await storePrices()).values()].sort()).toEqual([0.49, 0.99, 0.99, 0.99, 0.99, 1.29, 1.99, 3.97, 9.99].sort())
  })

  it("refuses a bad bulk change with a 400 naming the field", async () => {
    const cases: [object, RegExp][] = [
      [{ change: { mode: "set", value: 1 } }, /scope/],
      [{ scope: {}, change: { mode: "set", value: 1 } }, /scope/],
      [{ scope: { genre_id: "gen_missing" }, change: { mode: "set", value: 1 } }, /scope\.genre_id/],
      [{ scope: { artist_id: ids.jazz }, change: { mode: "set", value: 1 } }, /scope\.artist_id/],
      [{ scope: { genre_id: ids.jazz, label: "x" }, change: { mode: "set", value: 1 } }, /label/],
      [{ scope: { genre_id: ids.jazz } }, /change/],
      [{ scope: { genre_id: ids.jazz }, change: { mode: "double", value: 1 } }, /mode/],
      [{ scope: { genre_id: ids.jazz }, change: { mode: "set" } }, /value/],
      [{ scope: { genre_id: ids.jazz }, change: { mode: "set", value: "1" } }, /value/],
      [{ scope: { genre_id: ids.jazz }, change: { mode: "set", value: -1 } }, /change\.value/],
      [{ scope: { genre_id: ids.jazz }, change: { mode: "percent", value: 5000 } }, /change\.value/],
      [{ scope: { genre_id: ids.jazz }, targets: "everything", change: { mode: "set", value: 1 } }, /targets/],
      [{ scope: { genre_id: ids.jazz }, change: { mode: "set", value: 1 }, token: "nope" }, /token/],
    ]
    for (const [body, field] of cases) {
      for (const route of [preview, apply]) {
        const res = await failure(route(body))
        expect([JSON.stringify(body), res.status]).toEqual([JSON.stringify(body), 400])
        expect(res.data.message).toMatch(field)
      }
    }
    const track = (await api.get(`/admin/music/tracks?album_id=${ids.kind}`, admin)).data.tracks[0]
    for (const [path, body, field] of [
      [`/admin/music/tracks/${track.id}`, { price: -0.01 }, /price/],
      [`/admin/music/tracks/${track.id}`, { price: "1.00" }, /price/],
      [`/admin/music/albums/${ids.kind}`, { price: 1e9 }, /price/],
    ] as [string, object, RegExp][]) {
      const res = await failure(api.post(path, body, admin))
      expect(res.status).toBe(400)
      expect(res.data.message).toMatch(field)
    }
    expect([...(await storePrices()).values()].sort()).toEqual([0.49, 0.99, 0.99, 0.99, 0.99, 1.29, 1.99, 3.97, 9.99].sort())
  })

  it("sets one track's and one album's price, rounded to the cent, and the store charges it at once", async () => {
    const before = await storePrices()
    const track = (await api.get(`/admin/music/tracks?album_id=${ids.kind}`, admin)).data.tracks[2]
    const { data } = await api.post(`/admin/music/tracks/${track.id}`, { price: 1.499 }, admin)
    expect(data.track.price).toEqual({ amount: 1.5, currency_code: "usd" })
    const { data: album } = await api.post(`/admin/music/albums/${ids.kind}`, { price: 2.5 }, admin)
    expect(album.album.price).toEqual({ amount: 2.5, currency_code: "usd" })

    const after = await storePrices()
    expect(after.get(track.variant_id)).toBe(1.5)
    expect(after.get(album.album.full_variant_id)).toBe(2.5)
    // Nothing else moved.
    for (const [variant, amount] of before) {
      if (variant !== track.variant_id && variant !== album.album.full_variant_id) expect([variant, after.get(variant)]).toEqual([variant, amount])
    }
    // A cart charges the new price.
    const { data: { cart } } = await api.post("/store/carts", { region_id: setup.region_id }, pk)
    const { data: withLine } = await api.post(`/store/carts/${cart.id}/line-items`, { variant_id: track.variant_id, quantity: 1 }, pk)
    expect(withLine.cart.items[0].unit_price).toBe(1.5)
  })

  it("previews a genre's change without changing anything, then applies exactly the previewed variants", async () => {
    const before = await allPrices()
    const body = { scope: { genre_id: ids.jazz }, targets: "tracks", change: { mode: "percent", value: 10 } }
    const { data: plan } = await preview(body)
    expect(plan).toMatchObject({ currency_code: "usd", count: 3, unchanged_count: 0, skipped: [], token: expect.stringMatching(/^[0-9a-f]{32}$/) })
    expect(plan.variants.map((v: any) => [v.kind, v.name, v.old_amount, v.new_amount])).toEqual([
      ["track", "Blue Train", 1.29, 1.42],
      ["track", "So What", 0.99, 1.09],
      ["track", "Freddie Freeloader", 0.99, 1.09],
    ])
    // A preview is only a preview.
    expect(await allPrices()).toEqual(before)
    expect((await preview(body)).data.token).toBe(plan.token)

    const { data: applied } = await apply({ ...body, token: plan.token })
    expect(applied).toMatchObject({ applied: true, count: 3, token: plan.token })
    const after = await allPrices()
    const changed = [...after].filter(([variant, amount]) => before.get(variant) !== amount).map(([variant, amount]) => [variant, amount])
    expect(changed.sort()).toEqual(plan.variants.map((v: any) => [v.variant_id, v.new_amount]).sort())
    // The store charges the new prices.
    const store = await storePrices()
    for (const v of plan.variants) expect(store.get(v.variant_id)).toBe(v.new_amount)

    // Applying again finds a new plan: the previewed one is gone.
    const stale = await failure(apply({ ...body, token: plan.token }))
    expect(stale.status).toBe(409)
    expect(stale.data.message).toMatch(/preview again/)
    expect(await allPrices()).toEqual(after)
  })

  it("refuses to apply a preview whose prices changed since, and changes nothing", async () => {
    const body = { scope: { artist_id: ids.miles }, targets: "all", change: { mode: "amount", value: -0.5 } }
    const { data: plan } = await preview(body)
    // Kind of Blue's three tracks and album, 'Round About Midnight's track and album.
    expect(plan.count).toBe(6)
    expect(plan.variants.filter((v: any) => v.kind === "album").map((v: any) => [v.name, v.old_amount, v.new_amount])).toEqual([
      ["'Round About Midnight", 0.99, 0.49],
      ["Kind of Blue", 3.97, 3.47],
    ])
    const track = (await api.get(`/admin/music/tracks?album_id=${ids.rounds}`, admin)).data.tracks[0]
    await api.post(`/admin/music/tracks/${track.id}`, { price: 0.3 }, admin)
    const before = await allPrices()
    const res = await failure(apply({ ...body, token: plan.token }))
    expect(res.status).toBe(409)
    expect(await allPrices()).toEqual(before)

    // Previewed again, the new plan applies; no price goes below zero.
    const { data: again } = await preview(body)
    expect(again.variants.find((v: any) => v.variant_id === track.variant_id)).toMatchObject({ old_amount: 0.3, new_amount: 0 })
    await apply({ ...body, token: again.token })
    const after = await allPrices()
    for (const v of again.variants) expect(after.get(v.variant_id)).toBe(v.new_amount)
    expect(after.get(track.variant_id)).toBe(0)
  })

  it("rolls back a change that fails after the prices were written: every price and name as it was", async () => {
    const before = await allPrices()
    const beforeStore = await storePrices()
    const tracks = (await api.get(`/admin/music/tracks?album_id=${ids.kind}`, admin)).data.tracks
    failing.variantId = tracks[1].variant_id
    try {
      const bulk = await failure(apply({ scope: { album_id: ids.kind }, targets: "all", change: { mode: "set", value: 5 } }))
      expect(bulk.status).toBeGreaterThanOrEqual(400)
      const single = await failure(api.post(`/admin/music/tracks/${tracks[1].id}`, { name: "Renamed", price: 7 }, admin))
      expect(single.status).toBeGreaterThanOrEqual(400)
    } finally {
      failing.variantId = null
    }
    expect(await allPrices()).toEqual(before)
    expect(await storePrices()).toEqual(beforeStore)
    const { data } = await api.get(`/admin/music/tracks/${tracks[1].id}`, admin)
    expect(data.track).toMatchObject({ name: "Freddie Freeloader", price: { amount: 0.99 } })
    const variant = await getContainer().resolve("product").retrieveProductVariant(tracks[1].variant_id)
    expect(variant.title).toBe("Freddie Freeloader")
  })

  it("sets every album of a media type, leaves those already at the price, and works without a token", async () => {
    const body = { scope: { media_type_id: ids.aac }, targets: "albums", change: { mode: "set", value: 9.99 } }
    const { data: plan } = await preview(body)
    // Blue Train is at 9.99 already.
    expect(plan).toMatchObject({ count: 2, unchanged_count: 1 })
    expect(plan.variants.map((v: any) => [v.name, v.new_amount])).toEqual([["'Round About Midnight", 9.99], ["Kind of Blue", 9.99]])
    const before = await allPrices()
    const { data: applied } = await apply(body)
    expect(applied.count).toBe(2)
    const after = await allPrices()
    const changed = [...after].filter(([v, a]) => before.get(v) !== a).map(([v]) => v).sort()
    expect(changed).toEqual(plan.variants.map((v: any) => v.variant_id).sort())

    // A genre and an album together: only that album's tracks of the genre.
    const { data: both } = await preview({ scope: { genre_id: ids.bop, album_id: ids.kind }, change: { mode: "percent", value: -50 } })
    expect(both.variants.map((v: any) => [v.name, v.old_amount, v.new_amount])).toEqual([["Blue in Green", 1.99, 1]])
  })
}
