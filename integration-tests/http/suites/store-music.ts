import type { MedusaSuiteOptions } from "@medusajs/test-utils"
import { ensureStoreSetup } from "../../../src/lib/store-setup"
import { MUSIC_MODULE } from "../../../src/modules/music"
import type MusicModuleService from "../../../src/modules/music/service"
import { createPlaylistsWorkflow } from "../../../src/workflows/playlists/create-playlists"
import { createTestAlbums } from "../../helpers/catalogue"
import { recordPaidOrders, storeHeaders } from "../../helpers/purchase"

export default function storeMusicSuite({ api, getContainer }: MedusaSuiteOptions) {
  let pk: { headers: Record<string, string> }
  let ids: { jobim: string; acdc: string; bossa: string; rock: string; warner: string }
  let regionId: string
  let playlistIds: string[]

  beforeAll(async () => {
    const container = getContainer()
    const setup = await ensureStoreSetup(container)
    pk = storeHeaders(setup)
    regionId = setup.region_id
    const music: MusicModuleService = container.resolve(MUSIC_MODULE)
    const [jobim, acdc] = await music.createArtists([{ name: "Antônio Carlos Jobim" }, { name: "AC/DC" }])
    const [bossa, rock] = await music.createGenres([{ name: "Bossa Nova" }, { name: "Rock" }])
    const t = (name: string, genre_id: string) => ({ name, genre_id, milliseconds: 180_000, unit_price: 0.99 })
    const result = await createTestAlbums(container, {
      albums: [
        {
          title: "Warner 25 Anos",
          artist_id: jobim.id,
          tracks: [t("Desafinado", bossa.id), { ...t("Garota De Ipanema", bossa.id), unit_price: 1.99, composer: "Jobim/Moraes" }],
        },
        { title: "Let There Be Rock", artist_id: acdc.id, tracks: [t("Go Down", rock.id)] },
        { title: "Back In Black", artist_id: acdc.id, tracks: [t("Hells Bells", rock.id)] },
      ],
    })
    ids = { jobim: jobim.id, acdc: acdc.id, bossa: bossa.id, rock: rock.id, warner: result[0].id }
    const trackIds = result.flatMap((a) => a.tracks.map((t) => t.id)) // Desafinado, Garota, Go Down, Hells Bells
    const { result: lists } = await createPlaylistsWorkflow(container).run({
      input: {
        playlists: [
          { name: "Mixed", editorial: true, track_ids: [trackIds[3], trackIds[0], trackIds[2], trackIds[1]] },
          { name: "Someone's private list", track_ids: [trackIds[0]] },
        ],
      },
    })
    playlistIds = lists.map((p) => p.id)
  })

  it("lists genres by name, a page at a time", async () => {
    const { data } = await api.get("/store/music/genres?limit=1", pk)
    expect(data).toMatchObject({ count: 2, offset: 0, limit: 1 })
    expect(data.genres).toEqual([{ id: ids.bossa, name: "Bossa Nova" }])
    const { data: next } = await api.get("/store/music/genres?limit=1&offset=1", pk)
    expect(next.genres.map((g: any) => g.name)).toEqual(["Rock"])
  })

  it("shows a genre with the albums that have tracks in it", async () => {
    const { data } = await api.get(`/store/music/genres/${ids.rock}`, pk)
    expect(data.genre).toEqual({ id: ids.rock, name: "Rock" })
    expect(data).toMatchObject({ count: 2, offset: 0 })
    expect(data.albums.map((a: any) => [a.title, a.artist.name])).toEqual([
      ["Back In Black", "AC/DC"],
      ["Let There Be Rock", "AC/DC"],
    ])
    expect(data.albums[0].handle).toMatch(/^ac-dc-back-in-black-/)
    expect(data.albums[0].cover_url).toMatch(/\.svg$/)
  })

  it("finds artists by any part of the name, ignoring case", async () => {
    const { data } = await api.get("/store/music/artists?q=JOBIM", pk)
    expect(data.artists).toEqual([{ id: ids.jobim, name: "Antônio Carlos Jobim" }])
    const { data: pct } = await api.get(`/store/music/artists?q=${encodeURIComponent("%")}`, pk)
    expect(pct.count).toBe(0)
    const { data: all } = await api.get("/store/music/artists", pk)
    expect(all.artists.map((a: any) => a.name)).toEqual(["AC/DC", "Antônio Carlos Jobim"])
  })

  it("shows an artist with their albums", async () => {
    const { data } = await api.get(`/store/music/artists/${ids.acdc}`, pk)
    expect(data.artist).toEqual({ id: ids.acdc, name: "AC/DC" })
    expect(data.albums.map((a: any) => a.title)).toEqual(["Back In Black", "Let There Be Rock"])
  })

  it("lists albums by artist, genre and title, in the order asked for", async () => {
    const titles = async (qs: string) => (await api.get(`/store/music/albums?${qs}`, pk)).data.albums.map((a: any) => a.title)
    expect(await titles("")).toEqual(["Back In Black", "Let There Be Rock", "Warner 25 Anos"])
    expect(await titles("order=-title")).toEqual(["Warner 25 Anos", "Let There Be Rock", "Back In Black"])
    // Created in one batch, in this order: newest first is the reverse.
    expect((await titles("order=-created_at")).length).toBe(3)
    expect(await titles("order=created_at")).toEqual((await titles("order=-created_at")).reverse())
    expect(await titles(`artist_id=${ids.acdc}`)).toEqual(["Back In Black", "Let There Be Rock"])
    expect(await titles(`genre_id=${ids.bossa}`)).toEqual(["Warner 25 Anos"])
    expect(await titles("q=rock")).toEqual(["Let There Be Rock"])
    const { data } = await api.get("/store/music/albums?limit=1", pk)
    expect(data).toMatchObject({ count: 3, limit: 1 })
    expect(data.albums[0]).toMatchObject({ artist: { name: "AC/DC" }, handle: expect.any(String) })
  })

  it("shows an album with its tracks in order, each priced for the region, and the full album", async () => {
    const { data } = await api.get(`/store/music/albums/${ids.warner}?region_id=${regionId}`, pk)
    const album = data.album
    expect(album).toMatchObject({ title: "Warner 25 Anos", artist: { name: "Antônio Carlos Jobim" } })
    expect(album.tracks.map((t: any) => [t.track_number, t.name, t.genre.name, t.price.amount])).toEqual([
      [1, "Desafinado", "Bossa Nova", 0.99],
      [2, "Garota De Ipanema", "Bossa Nova", 1.99],
    ])
    expect(album.tracks[1]).toMatchObject({ composer: "Jobim/Moraes", milliseconds: 180_000, variant_id: expect.stringMatching(/^variant_/) })
    expect(album.full_album).toEqual({ variant_id: expect.stringMatching(/^variant_/), price: { amount: 2.98, currency_code: "usd" } })

    // Without a region there is nothing to price against.
    const { data: plain } = await api.get(`/store/music/albums/${ids.warner}`, pk)
    expect(plain.album.tracks[0].price).toBeNull()
  })

  it("shows shelves of albums with their track count and, given a region, the full album's price", async () => {
    const { data: list } = await api.get(`/store/music/albums?region_id=${regionId}`, pk)
    expect(list.albums.map((a: any) => [a.title, a.track_count, a.price])).toEqual([
      ["Back In Black", 1, { amount: 0.99, currency_code: "usd" }],
      ["Let There Be Rock", 1, { amount: 0.99, currency_code: "usd" }],
      ["Warner 25 Anos", 2, { amount: 2.98, currency_code: "usd" }],
    ])
    const { data: unpriced } = await api.get("/store/music/albums", pk)
    expect(unpriced.albums.map((a: any) => [a.track_count, a.price])).toEqual([[1, null], [1, null], [2, null]])

    const { data: genre } = await api.get(`/store/music/genres/${ids.bossa}?region_id=${regionId}`, pk)
    expect(genre.albums[0]).toMatchObject({ title: "Warner 25 Anos", track_count: 2, price: { amount: 2.98 } })
    const { data: artist } = await api.get(`/store/music/artists/${ids.acdc}?region_id=${regionId}`, pk)
    expect(artist.albums.map((a: any) => a.price.amount)).toEqual([0.99, 0.99])
    const { data: found } = await api.get(`/store/music/search?q=warner&region_id=${regionId}`, pk)
    expect(found.albums[0]).toMatchObject({ title: "Warner 25 Anos", track_count: 2, price: { amount: 2.98 } })

    const bad = (await api.get("/store/music/albums?region_id=reg_missing", pk).catch((e: any) => e.response)) as any
    expect(bad.status).toBe(400)
    expect(bad.data.message).toMatch(/region_id/)
  })

  it("lists an artist's tracks", async () => {
    const { data } = await api.get(`/store/music/tracks?artist_id=${ids.acdc}`, pk)
    expect(data.tracks.map((t: any) => t.name)).toEqual(["Go Down", "Hells Bells"])
    const { data: none } = await api.get(`/store/music/tracks?artist_id=${ids.acdc}&album_id=${ids.warner}`, pk)
    expect(none).toMatchObject({ tracks: [], count: 0 })
    const res = (await api.get("/store/music/tracks?artist_id=art_missing", pk).catch((e: any) => e.response)) as any
    expect(res.status).toBe(400)
    expect(res.data.message).toMatch(/artist_id/)
  })

  it("charts tracks even when full albums outsell them all", async () => {
    const container = getContainer()
    const setup = await ensureStoreSetup(container)
    const albums = await Promise.all(
      [ids.warner, ...(await api.get(`/store/music/albums?artist_id=${ids.acdc}`, pk)).data.albums.map((a: any) => a.id)].map(
        async (id: string) => (await api.get(`/store/music/albums/${id}`, pk)).data.album
      )
    )
    const container_ = getContainer()
    const query = container_.resolve("query") as any
    const productOf = async (albumId: string) =>
      (await query.graph({ entity: "album", fields: ["product.id"], filters: { id: albumId } })).data[0].product.id
    for (const a of albums as any[]) a.product_id = await productOf(a.id)
    const line = (album: any, variant_id: string, quantity: number) => ({
      title: album.title,
      product_id: album.product_id,
      variant_id,
      quantity,
      unit_price: 1,
      requires_shipping: false,
    })
    const rock = albums.find((a: any) => a.title === "Let There Be Rock")
    await recordPaidOrders(container, setup, [
      {
        email: "fan@example.com",
        status: "completed" as any,
        no_notification: true,
        items: [...albums.map((a: any) => line(a, a.full_album.variant_id, 5)), line(rock, rock.tracks[0].variant_id, 1)],
      },
    ])
    const { data } = await api.get("/store/music/charts?limit=1", pk)
    expect(data.tracks.map((t: any) => [t.name, t.units])).toEqual([["Go Down", 1]])
    // An album counts every unit of its product: the full album and its tracks.
    expect(data.albums[0]).toMatchObject({ title: "Let There Be Rock", units: 6 })
  })

  it("lists the editorial playlists and pages through one in playlist order", async () => {
    const { data } = await api.get("/store/music/playlists", pk)
    expect(data.playlists.map((p: any) => p.name)).toEqual(["Mixed"])

    const { data: page } = await api.get(`/store/music/playlists/${playlistIds[0]}?limit=3`, pk)
    expect(page.playlist).toMatchObject({ name: "Mixed", count: 4, offset: 0, limit: 3 })
    expect(page.playlist.tracks.map((t: any) => [t.position, t.name, t.artist.name])).toEqual([
      [0, "Hells Bells", "AC/DC"],
      [1, "Desafinado", "Antônio Carlos Jobim"],
      [2, "Go Down", "AC/DC"],
    ])
    const { data: rest } = await api.get(`/store/music/playlists/${playlistIds[0]}?limit=3&offset=3`, pk)
    expect(rest.playlist.tracks.map((t: any) => t.name)).toEqual(["Garota De Ipanema"])
    expect(rest.playlist.tracks[0].variant_id).toMatch(/^variant_/)
    expect(rest.playlist.tracks[0]).toMatchObject({ artist: { id: ids.jobim }, album: { handle: expect.any(String) } })

    // A customer's private playlist is not the store's to show.
    const res = (await api.get(`/store/music/playlists/${playlistIds[1]}`, pk).catch((e: any) => e.response)) as any
    expect(res.status).toBe(404)
  })

  it("answers bad parameters with 400 naming the field, and unknown ids with 404", async () => {
    const bad = async (url: string) => (await api.get(url, pk).catch((e: any) => e.response)) as any
    let res = await bad("/store/music/genres?limit=-1")
    expect(res.status).toBe(400)
    expect(res.data.message).toMatch(/limit/)
    res = await bad(`/store/music/artists?q=${"x".repeat(10_000)}`)
    expect(res.status).toBe(400)
    expect(res.data.message).toMatch(/\bq\b/)
    res = await bad("/store/music/genres?offset=abc")
    expect(res.status).toBe(400)
    expect(res.data.message).toMatch(/offset/)
    res = await bad("/store/music/genres/gen_missing")
    expect(res.status).toBe(404)
    expect(res.data.message).toMatch(/gen_missing/)
    res = await bad("/store/music/artists/art_missing")
    expect(res.status).toBe(404)
    res = await bad("/store/music/albums?order=price")
    expect(res.status).toBe(400)
    expect(res.data.message).toMatch(/order/)
    res = await bad(`/store/music/albums/${ids.warner}?region_id=reg_missing`)
    expect(res.status).toBe(400)
    expect(res.data.message).toMatch(/region_id/)
    res = await bad("/store/music/albums/alb_missing")
    expect(res.status).toBe(404)
    res = await bad(`/store/music/playlists/${playlistIds[0]}?limit=500`)
    expect(res.status).toBe(400)
    expect(res.data.message).toMatch(/limit/)
  })

  it("needs the storefront's publishable key, like every store route", async () => {
    const res = (await api.get("/store/music/genres").catch((e: any) => e.response)) as any
    expect(res.status).toBe(400)
    expect(res.data.message).toMatch(/publishable/i)
  })
}
