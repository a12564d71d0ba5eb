import type { MedusaSuiteOptions } from "@medusajs/test-utils"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import type { StoreSetup } from "../../../src/lib/store-setup"
import { MUSIC_MODULE } from "../../../src/modules/music"
import type MusicModuleService from "../../../src/modules/music/service"
import { createAlbumsWorkflow } from "../../../src/workflows/music/create-albums"
import { createMusicTaxonomyWorkflow } from "../../../src/workflows/music/create-music-taxonomy"
import { failure, forgetCachedAlbums, sellVariant, staffHeaders, storeSetup } from "../../helpers/catalogue-fixtures"
import { failing } from "../../helpers/simulated-failures"

export default function adminCatalogueSuite({ api, getContainer }: MedusaSuiteOptions) {
  let admin: { headers: Record<string, string> }
  let pk: { headers: Record<string, string> }
  let setup: StoreSetup
  // Fixtures: two artists, two genres, two media types; "Sold Album" (bought once) and "Quiet Album".
  let ids: {
    mutantes: string
    gil: string
    tropicalia: string
    samba: string
    mpeg: string
    aac: string
    sold: string
    soldTracks: string[]
    quiet: string
    quietTracks: string[]
  }

  const music = (): MusicModuleService => getContainer().resolve(MUSIC_MODULE)
  const query = () => getContainer().resolve(ContainerRegistrationKeys.QUERY)

  beforeAll(async () => {
    const container = getContainer()
    ;({ setup, pk } = await storeSetup(container))
    admin = await staffHeaders(api, container)
    const [mutantes, gil] = await music().createArtists([{ name: "Os Mutantes" }, { name: "Gilberto Gil" }])
    const [tropicalia, samba] = await music().createGenres([{ name: "Tropicália" }, { name: "Samba" }])
    const [mpeg, aac] = await music().createMediaTypes([{ name: "MPEG audio file" }, { name: "AAC audio file" }])
    // Collections and categories as the import makes them.
    await createMusicTaxonomyWorkflow(container).run({
      input: {
        artists: [mutantes, gil].map((a) => ({ id: a.id, name: a.name, handle: a.id.toLowerCase() })),
        genres: [tropicalia, samba].map((g) => ({ id: g.id, name: g.name, handle: g.id.toLowerCase() })),
      },
    })
    const track = (name: string, genre_id: string, media_type_id: string, unit_price = 0.99) => ({
      name, milliseconds: 180_000, unit_price, genre_id, media_type_id,
    })
    const { result } = await createAlbumsWorkflow(container).run({
      input: {
        albums: [
          { title: "Sold Album", artist_id: mutantes.id, tracks: [track("Panis", tropicalia.id, mpeg.id), track("Baby", tropicalia.id, mpeg.id)] },
          { title: "Quiet Album", artist_id: gil.id, tracks: [track("Aquele Abraço", samba.id, aac.id), track("Expresso", samba.id, mpeg.id, 1.29)] },
        ],
      },
    })
    const [sold, quiet] = result
    ids = {
      mutantes: mutantes.id, gil: gil.id, tropicalia: tropicalia.id, samba: samba.id, mpeg: mpeg.id, aac: aac.id,
      sold: sold.id, soldTracks: sold.tracks.map((t) => t.id), quiet: quiet.id, quietTracks: quiet.tracks.map((t) => t.id),
    }
    const [soldRow] = await music().listAlbums({ id: sold.id }, { select: ["id", "full_variant_id"] })
    await sellVariant(container, setup, sold.id, soldRow.full_variant_id!)
  })

  beforeEach(async () => {
    await forgetCachedAlbums(getContainer(), [ids.sold, ids.quiet])
  })

  const storeAlbum = async (ref: string) => (await api.get(`/store/music/albums/${ref}?region_id=${setup.region_id}`, pk)).data.album
  const storeSearch = async (q: string) => (await api.get(`/store/music/search?q=${encodeURIComponent(q)}`, pk)).data

  it("answers 401 on every catalogue route without a staff login", async () => {
    const routes: [string, string][] = [
      ["get", "/admin/music/artists"], ["post", "/admin/music/artists"], ["get", `/admin/music/artists/${ids.gil}`],
      ["post", `/admin/music/artists/${ids.gil}`], ["delete", `/admin/music/artists/${ids.gil}`],
      ["get", "/admin/music/genres"], ["post", "/admin/music/genres"], ["get", `/admin/music/genres/${ids.samba}`],
      ["post", `/admin/music/genres/${ids.samba}`], ["delete", `/admin/music/genres/${ids.samba}`],
      ["get", "/admin/music/media-types"], ["post", "/admin/music/media-types"], ["get", `/admin/music/media-types/${ids.aac}`],
      ["post", `/admin/music/media-types/${ids.aac}`], ["delete", `/admin/music/media-types/${ids.aac}`],
      ["get", "/admin/music/albums"], ["post", "/admin/music/albums"], ["get", `/admin/music/albums/${ids.quiet}`],
      ["post", `/admin/music/albums/${ids.quiet}`], ["delete", `/admin/music/albums/${ids.quiet}`],
      ["get", "/admin/music/tracks"], ["post", "/admin/music/tracks"], ["get", `/admin/music/tracks/${ids.quietTracks[0]}`],
      ["post", `/admin/music/tracks/${ids.quietTracks[0]}`], ["delete", `/admin/music/tracks/${ids.quietTracks[0]}`],
      ["post", "/admin/music/prices/preview"], ["post", "/admin/music/prices/apply"],
      ["get", "/admin/music/variants/variant_x"],
    ]
    for (const [method, path] of routes) {
      const res = await failure(method === "get" || method === "delete" ? (api as any)[method](path) : (api as any)[method](path, {}))
      expect([method, path, res.status]).toEqual([method, path, 401])
    }
    // A customer's login is not a staff login.
    const customer = await failure(api.get("/admin/music/albums", { headers: { ...pk.headers, authorization: "Bearer not-a-token" } }))
    expect(customer.status).toBe(401)
    // Nothing was deleted.
    expect((await api.get(`/admin/music/albums/${ids.quiet}`, admin)).status).toBe(200)
  })

  it("refuses bad input with a 4xx naming the field", async () => {
    const cases: [() => Promise<any>, RegExp][] = [
      [() => api.post("/admin/music/artists", {}, admin), /name/],
      [() => api.post("/admin/music/artists", { name: "   " }, admin), /name/],
      [() => api.post("/admin/music/artists", { name: "A", extra: 1 }, admin), /extra/],
      [() => api.post("/admin/music/genres", { name: 7 }, admin), /name/],
      [() => api.get("/admin/music/artists?limit=0", admin), /limit/],
      [() => api.get("/admin/music/albums?genre_id=gen_missing", admin), /genre_id/],
      [() => api.get("/admin/music/tracks?media_type_id=mtyp_missing", admin), /media_type_id/],
      [() => api.get("/admin/music/albums?published=maybe", admin), /published/],
      [() => api.get(`/admin/music/artists?q=${encodeURIComponent("a\u0000b")}`, admin), /q/],
      [() => api.post("/admin/music/albums", { artist_id: ids.gil, tracks: [] }, admin), /title/],
      [() => api.post("/admin/music/albums", { title: "X", artist_id: "art_missing", tracks: [{ name: "t", milliseconds: 1000, price: 1 }] }, admin), /artist_id/],
      [() => api.post("/admin/music/albums", { title: "X", artist_id: ids.gil, tracks: [] }, admin), /tracks/],
      [() => api.post("/admin/music/albums", { title: "X", artist_id: ids.gil, tracks: [{ name: "t", milliseconds: 1000, price: -1 }] }, admin), /price/],
      [() => api.post("/admin/music/albums", { title: "X", artist_id: ids.gil, tracks: [{ name: "t", milliseconds: 1000, price: 1, genre_id: "gen_missing" }] }, admin), /tracks\.0\.genre_id/],
      [() => api.post("/admin/music/albums", { title: "X", artist_id: ids.gil, status: "live", tracks: [{ name: "t", milliseconds: 1000, price: 1 }] }, admin), /status/],
      [() => api.post(`/admin/music/albums/${ids.quiet}`, {}, admin), /body/],
      [() => api.post(`/admin/music/albums/${ids.quiet}`, { price: "cheap" }, admin), /price/],
      [() => api.post(`/admin/music/albums/${ids.quiet}`, { cover_url: "javascript:alert(1)" }, admin), /cover_url/],
      [() => api.post("/admin/music/tracks", { name: "t", milliseconds: 1000, price: 1 }, admin), /album_id/],
      [() => api.post("/admin/music/tracks", { album_id: ids.quiet, name: "t", milliseconds: 0, price: 1 }, admin), /milliseconds/],
      [() => api.post(`/admin/music/tracks/${ids.quietTracks[0]}`, { media_type_id: "mtyp_missing" }, admin), /media_type_id/],
      [() => api.post(`/admin/music/tracks/${ids.quietTracks[0]}`, { published: "no" }, admin), /published/],
    ]
    for (const [request, field] of cases) {
      const res = await failure(request())
      expect(res.status).toBeGreaterThanOrEqual(400)
      expect(res.status).toBeLessThan(500)
      expect(res.data.message).toMatch(field)
    }
    // Unknown ids in the path are 404s.
    for (const path of ["/admin/music/artists/art_missing", "/admin/music/albums/alb_missing", "/admin/music/tracks/trk_missing", "/admin/music/genres/gen_missing", "/admin/music/media-types/mtyp_missing"]) {
      expect((await failure(api.get(path, admin))).status).toBe(404)
    }
    expect((await failure(api.post("/admin/music/albums/alb_missing", { title: "X" }, admin))).status).toBe(404)
    expect((await failure(api.delete("/admin/music/tracks/trk_missing", admin))).status).toBe(404)
  })

  it("creates, lists, finds, renames and deletes artists, genres and media types", async () => {
    const { data: created } = await api.post("/admin/music/artists", { name: "Caetano Veloso" }, admin)
    expect(created.artist).toMatchObject({ name: "Caetano Veloso", album_count: 0 })
    const artistId = created.artist.id
    const { data: one } = await api.get(`/admin/music/artists/${artistId}`, admin)
    expect(one.artist).toMatchObject({ id: artistId, deletable: true, product_collection: { title: "Caetano Veloso" } })

    const { data: found } = await api.get("/admin/music/artists?q=veloso", admin)
    expect(found.artists.map((a: any) => a.name)).toEqual(["Caetano Veloso"])
    const { data: page } = await api.get("/admin/music/artists?limit=2&offset=1&order=name", admin)
    expect(page).toMatchObject({ count: 3, limit: 2, offset: 1 })
    expect(page.artists.map((a: any) => a.name)).toEqual(["Gilberto Gil", "Os Mutantes"])

    const { data: renamed } = await api.post(`/admin/music/artists/${artistId}`, { name: "Caetano" }, admin)
    expect(renamed.artist.name).toBe("Caetano")
    const { data: afterRename } = await api.get(`/admin/music/artists/${artistId}`, admin)
    expect(afterRename.artist.product_collection.title).toBe("Caetano")
    await api.delete(`/admin/music/artists/${artistId}`, admin)
    expect((await failure(api.get(`/admin/music/artists/${artistId}`, admin))).status).toBe(404)
    const collection = await getContainer().resolve(Modules.PRODUCT).listProductCollections({ id: one.artist.product_collection.id })
    expect(collection).toEqual([])

    const { data: genre } = await api.post("/admin/music/genres", { name: "Forró" }, admin)
    expect(genre.genre).toMatchObject({ name: "Forró", track_count: 0, album_count: 0 })
    expect((await api.get("/admin/music/genres?q=forro", admin)).data.genres.map((g: any) => g.id)).toEqual([genre.genre.id])
    await api.post(`/admin/music/genres/${genre.genre.id}`, { name: "Forró pé-de-serra" }, admin)
    const { data: genreOne } = await api.get(`/admin/music/genres/${genre.genre.id}`, admin)
    expect(genreOne.genre).toMatchObject({ name: "Forró pé-de-serra", product_category: { name: "Forró pé-de-serra" } })
    await api.delete(`/admin/music/genres/${genre.genre.id}`, admin)
    expect((await failure(api.get(`/admin/music/genres/${genre.genre.id}`, admin))).status).toBe(404)

    const { data: media } = await api.post("/admin/music/media-types", { name: "FLAC" }, admin)
    await api.post(`/admin/music/media-types/${media.media_type.id}`, { name: "FLAC lossless" }, admin)
    expect((await api.get(`/admin/music/media-types/${media.media_type.id}`, admin)).data.media_type).toMatchObject({ name: "FLAC lossless", track_count: 0 })
    const { data: medias } = await api.get("/admin/music/media-types", admin)
    expect(medias.media_types.map((m: any) => [m.name, m.track_count])).toEqual([
      ["AAC audio file", 1], ["FLAC lossless", 0], ["MPEG audio file", 3],
    ])
    await api.delete(`/admin/music/media-types/${media.media_type.id}`, admin)
    expect((await failure(api.get(`/admin/music/media-types/${media.media_type.id}`, admin))).status).toBe(404)
  })

  it("refuses to delete an artist with albums, or a genre or media type in use, saying why", async () => {
    const artist = await failure(api.delete(`/admin/music/artists/${ids.gil}`, admin))
    expect(artist.status).toBe(409)
    expect(artist.data.message).toMatch(/1 album/)
    const genre = await failure(api.delete(`/admin/music/genres/${ids.samba}`, admin))
    expect(genre.status).toBe(409)
    expect(genre.data.message).toMatch(/2 tracks are of this genre/)
    const media = await failure(api.delete(`/admin/music/media-types/${ids.aac}`, admin))
    expect(media.status).toBe(409)
    expect(media.data.message).toMatch(/1 track is of this media type/)
    expect((await api.get(`/admin/music/artists/${ids.gil}`, admin)).data.artist).toMatchObject({ deletable: false, delete_refusal: expect.stringMatching(/album/) })
    // Still there, and still in the store.
    expect((await api.get(`/admin/music/genres/${ids.samba}`, admin)).data.genre.track_count).toBe(2)
    expect((await storeAlbum(ids.quiet)).title).toBe("Quiet Album")
  })

  it("lists albums and tracks with search, filters and pages", async () => {
    const titles = async (qs: string) => (await api.get(`/admin/music/albums?${qs}`, admin)).data.albums.map((a: any) => a.title)
    expect(await titles("")).toEqual(["Quiet Album", "Sold Album"])
    expect(await titles(`artist_id=${ids.mutantes}`)).toEqual(["Sold Album"])
    expect(await titles(`genre_id=${ids.samba}`)).toEqual(["Quiet Album"])
    expect(await titles(`media_type_id=${ids.aac}`)).toEqual(["Quiet Album"])
    expect(await titles("q=mutantes")).toEqual(["Sold Album"])
    expect(await titles("q=quiet")).toEqual(["Quiet Album"])
    expect(await titles("order=-title")).toEqual(["Sold Album", "Quiet Album"])
    expect(await titles("published=false")).toEqual([])
    const { data: paged } = await api.get("/admin/music/albums?limit=1&offset=1", admin)
    expect(paged).toMatchObject({ count: 2, limit: 1, offset: 1 })
    expect(paged.albums[0]).toMatchObject({
      title: "Sold Album", artist: { name: "Os Mutantes" }, track_count: 2, status: "published", published: true,
      price: { amount: 1.98, currency_code: "usd" }, product_id: expect.stringMatching(/^prod_/),
    })

    const names = async (qs: string) => (await api.get(`/admin/music/tracks?${qs}`, admin)).data.tracks.map((t: any) => t.name)
    expect(await names(`album_id=${ids.quiet}`)).toEqual(["Aquele Abraço", "Expresso"])
    // An album's tracks in running order, unless another order is asked for.
    expect(await names(`album_id=${ids.sold}`)).toEqual(["Panis", "Baby"])
    expect(await names(`album_id=${ids.sold}&order=name`)).toEqual(["Baby", "Panis"])
    expect(await names(`genre_id=${ids.tropicalia}`)).toEqual(["Baby", "Panis"])
    expect(await names(`media_type_id=${ids.mpeg}`)).toEqual(["Baby", "Expresso", "Panis"])
    expect(await names(`artist_id=${ids.gil}&media_type_id=${ids.mpeg}`)).toEqual(["Expresso"])
    expect(await names("q=abraco")).toEqual(["Aquele Abraço"])
    const { data: tracks } = await api.get("/admin/music/tracks?limit=2&offset=2", admin)
    expect(tracks).toMatchObject({ count: 4, limit: 2, offset: 2 })
    const expresso = (await api.get(`/admin/music/tracks?album_id=${ids.quiet}`, admin)).data.tracks[1]
    expect(expresso).toMatchObject({
      track_number: 2, album: { id: ids.quiet, title: "Quiet Album" }, artist: { name: "Gilberto Gil" },
      genre: { name: "Samba" }, media_type: { name: "MPEG audio file" }, price: { amount: 1.29, currency_code: "usd" },
      published: true, hidden: false, variant_id: expect.stringMatching(/^variant_/),
    })
    const { data: variant } = await api.get(`/admin/music/variants/${expresso.variant_id}`, admin)
    expect(variant).toMatchObject({ kind: "track", track: { id: expresso.id }, album: { id: ids.quiet } })
  })

  it("creates an album as a product with a variant per track and one for the album, in the store and its search at once", async () => {
    const { data } = await api.post(
      "/admin/music/albums",
      {
        title: "Tropicália ou Panis et Circencis",
        artist_id: ids.mutantes,
        status: "published",
        price: 4.99,
        tracks: [
          { name: "Miserere Nobis", milliseconds: 225_000, price: 0.99, genre_id: ids.tropicalia, media_type_id: ids.mpeg, composer: "Gilberto Gil" },
          { name: "Coração Materno", milliseconds: 262_000, price: 1.29, genre_id: ids.samba, media_type_id: ids.aac },
        ],
      },
      admin
    )
    expect(data.album).toMatchObject({ title: "Tropicália ou Panis et Circencis", status: "published", published: true, track_count: 2, price: { amount: 4.99 } })
    const albumId = data.album.id

    // The product: in the store's channel, a variant per track plus the album, priced in USD, in both genres' categories.
    const { data: [album] } = await query().graph({
      entity: "album",
      fields: ["product.id", "product.status", "product.sales_channels.id", "product.variants.id", "product.variants.sku", "product.categories.metadata", "tracks.id", "tracks.product_variant.id"],
      filters: { id: albumId },
    })
    const product = (album as any).product
    expect(product.status).toBe("published")
    expect(product.sales_channels.map((c: any) => c.id)).toEqual([setup.sales_channel_id])
    expect(product.variants).toHaveLength(3)
    expect(product.categories.map((c: any) => c.metadata.genre_id).sort()).toEqual([ids.samba, ids.tropicalia].sort())
    expect((album as any).tracks.every((t: any) => t.product_variant?.id)).toBe(true)
    // The read model the store reads is written.
    const [row] = await music().listAlbums({ id: albumId }, { select: ["product_id", "product_handle", "full_variant_id", "full_price_set_id", "sales_channel_ids"] })
    expect(row).toMatchObject({ product_id: product.id, product_handle: expect.any(String), full_variant_id: expect.stringMatching(/^variant_/), full_price_set_id: expect.stringMatching(/^pset_/), sales_channel_ids: [setup.sales_channel_id] })

    const page = await storeAlbum(albumId)
    expect(page.tracks.map((t: any) => [t.name, t.price.amount])).toEqual([["Miserere Nobis", 0.99], ["Coração Materno", 1.29]])
    expect(page.full_album.price.amount).toBe(4.99)
    expect((await storeAlbum(row.product_handle!)).id).toBe(albumId)
    const found = await storeSearch("panis et circencis")
    expect(found.albums.map((a: any) => a.id)).toContain(albumId)
    expect((await storeSearch("miserere")).tracks[0]).toMatchObject({ name: "Miserere Nobis", album: { id: albumId } })

    // A draft stays out of the store until published, and leaves it again when unpublished.
    const { data: draft } = await api.post(
      "/admin/music/albums",
      { title: "Caravanas Draft", artist_id: ids.gil, tracks: [{ name: "Só Draft", milliseconds: 100_000, price: 0.99 }] },
      admin
    )
    expect(draft.album).toMatchObject({ status: "draft", published: false })
    expect((await failure(api.get(`/store/music/albums/${draft.album.id}`, pk))).status).toBe(404)
    expect((await storeSearch("caravanas draft")).albums).toEqual([])
    await api.post(`/admin/music/albums/${draft.album.id}`, { published: true }, admin)
    expect((await storeAlbum(draft.album.id)).title).toBe("Caravanas Draft")
    expect((await storeSearch("caravanas draft")).albums.map((a: any) => a.id)).toEqual([draft.album.id])
    const { data: unpublished } = await api.post(`/admin/music/albums/${draft.album.id}`, { published: false }, admin)
    expect(unpublished.album).toMatchObject({ status: "draft", published: false })
    expect((await failure(api.get(`/store/music/albums/${draft.album.id}`, pk))).status).toBe(404)
    expect((await storeSearch("só draft")).tracks).toEqual([])
  })

  it("shows a renamed artist and album in the store's cards, album page and search at once", async () => {
    // Read first, so the cards are cached.
    expect((await storeAlbum(ids.quiet)).artist.name).toBe("Gilberto Gil")
    const before = (await api.get(`/store/music/albums?artist_id=${ids.gil}`, pk)).data.albums
    expect(before.map((a: any) => a.title)).toEqual(["Quiet Album"])
    expect((await storeSearch("gilberto")).artists.map((a: any) => a.name)).toEqual(["Gilberto Gil"])

    await api.post(`/admin/music/artists/${ids.gil}`, { name: "Gilberto Passos Gil" }, admin)
    await api.post(`/admin/music/albums/${ids.quiet}`, { title: "Refazenda" }, admin)

    const page = await storeAlbum(ids.quiet)
    expect([page.title, page.artist.name]).toEqual(["Refazenda", "Gilberto Passos Gil"])
    expect(page.tracks.map((t: any) => [t.album.title, t.artist.name])).toEqual([
      ["Refazenda", "Gilberto Passos Gil"], ["Refazenda", "Gilberto Passos Gil"],
    ])
    const cards = (await api.get(`/store/music/albums?artist_id=${ids.gil}`, pk)).data.albums
    expect(cards.map((a: any) => [a.title, a.artist.name])).toEqual([["Refazenda", "Gilberto Passos Gil"]])
    const found = await storeSearch("refazenda")
    expect(found.albums.map((a: any) => [a.title, a.artist.name])).toEqual([["Refazenda", "Gilberto Passos Gil"]])
    expect((await storeSearch("passos")).artists.map((a: any) => a.name)).toEqual(["Gilberto Passos Gil"])
    expect((await storeSearch("quiet album")).albums).toEqual([])
    // Medusa's product follows: title and subtitle.
    const { data: [product] } = await query().graph({ entity: "product", fields: ["title", "subtitle"], filters: { id: page.id ? (await music().listAlbums({ id: ids.quiet }, { select: ["product_id"] }))[0].product_id! : "" } })
    expect(product).toMatchObject({ title: "Refazenda", subtitle: "Gilberto Passos Gil" })

    // A media type's and a genre's new names show on the track cards at once too.
    await api.post(`/admin/music/media-types/${ids.aac}`, { name: "AAC (Apple)" }, admin)
    await api.post(`/admin/music/genres/${ids.samba}`, { name: "Samba-reggae" }, admin)
    const tracks = (await storeAlbum(ids.quiet)).tracks
    expect(tracks.map((t: any) => [t.genre.name, t.media_type.name])).toEqual([
      ["Samba-reggae", "AAC (Apple)"], ["Samba-reggae", "MPEG audio file"],
    ])
  })

  it("adds a track to an album as a new variant, edits, hides and removes it", async () => {
    const { data: added } = await api.post(
      "/admin/music/tracks",
      { album_id: ids.quiet, name: "Toda Menina Baiana", milliseconds: 200_000, price: 1.49, genre_id: ids.tropicalia, media_type_id: ids.mpeg },
      admin
    )
    const trackId = added.track.id
    expect(added.track).toMatchObject({ track_number: 3, price: { amount: 1.49 }, published: true, variant_id: expect.stringMatching(/^variant_/) })
    let page = await storeAlbum(ids.quiet)
    expect(page.tracks.map((t: any) => t.name)).toEqual(["Aquele Abraço", "Expresso", "Toda Menina Baiana"])
    expect(page.track_count).toBe(3)
    const { data: [product] } = await query().graph({
      entity: "product",
      fields: ["variants.id", "categories.metadata", "description"],
      filters: { id: (await music().listAlbums({ id: ids.quiet }, { select: ["product_id"] }))[0].product_id! },
    })
    expect((product as any).variants.map((v: any) => v.id)).toContain(added.track.variant_id)
    // The album joins the new track's genre's category, and its generated description counts the track.
    expect((product as any).categories.map((c: any) => c.metadata.genre_id).sort()).toEqual([ids.samba, ids.tropicalia].sort())
    expect((product as any).description).toBe("An album by Gilberto Gil: 3 tracks, 9 min 20 s.")

    const { data: edited } = await api.post(`/admin/music/tracks/${trackId}`, { name: "Toda Menina", price: 0.89, genre_id: ids.samba, composer: "Gil" }, admin)
    expect(edited.track).toMatchObject({ name: "Toda Menina", composer: "Gil", price: { amount: 0.89 }, genre: { id: ids.samba } })
    page = await storeAlbum(ids.quiet)
    expect(page.tracks[2]).toMatchObject({ name: "Toda Menina", price: { amount: 0.89 }, genre: { name: "Samba" } })
    const variant = await getContainer().resolve(Modules.PRODUCT).retrieveProductVariant(added.track.variant_id, { relations: ["options"] })
    expect(variant.title).toBe("Toda Menina")
    // The variant's Format value names the track as the import does.
    expect(variant.options.map((o: any) => o.value)).toEqual(["3. Toda Menina"])

    // Hidden on its own: gone from the album page, lists and search, and no cart takes it; the album stays.
    const { data: hidden } = await api.post(`/admin/music/tracks/${trackId}`, { published: false }, admin)
    expect(hidden.track).toMatchObject({ published: false, hidden: true })
    page = await storeAlbum(ids.quiet)
    expect(page.tracks.map((t: any) => t.name)).toEqual(["Aquele Abraço", "Expresso"])
    expect(page.track_count).toBe(2)
    expect((await storeSearch("toda menina")).tracks).toEqual([])
    const { data: { cart } } = await api.post("/store/carts", { region_id: setup.region_id }, pk)
    const refused = await failure(api.post(`/store/carts/${cart.id}/line-items`, { variant_id: added.track.variant_id, quantity: 1 }, pk))
    expect(refused.status).toBe(400)
    expect(refused.data.message).toMatch(/not on sale/)
    await api.post(`/admin/music/tracks/${trackId}`, { published: true }, admin)
    expect((await storeAlbum(ids.quiet)).tracks.map((t: any) => t.name)).toContain("Toda Menina")

    // Removed: the track and its variant go; the album stays on sale.
    await api.delete(`/admin/music/tracks/${trackId}`, admin)
    expect((await failure(api.get(`/admin/music/tracks/${trackId}`, admin))).status).toBe(404)
    page = await storeAlbum(ids.quiet)
    expect(page.tracks.map((t: any) => t.name)).toEqual(["Aquele Abraço", "Expresso"])
    const gone = await getContainer().resolve(Modules.PRODUCT).listProductVariants({ id: added.track.variant_id })
    expect(gone).toEqual([])
    const { data: [option] } = await query().graph({
      entity: "product", fields: ["options.values.value"],
      filters: { id: (await music().listAlbums({ id: ids.quiet }, { select: ["product_id"] }))[0].product_id! },
    })
    expect((option as any).options[0].values.map((v: any) => v.value).sort()).toEqual(["1. Aquele Abraço", "2. Expresso", "Full album"])
    const { data: [after] } = await query().graph({
      entity: "product", fields: ["categories.metadata", "description"],
      filters: { id: (await music().listAlbums({ id: ids.quiet }, { select: ["product_id"] }))[0].product_id! },
    })
    expect((after as any).categories.map((c: any) => c.metadata.genre_id)).toEqual([ids.samba])
    expect((after as any).description).toBe("An album by Gilberto Gil: 2 tracks, 6 min 0 s.")
  })

  it("refuses to delete a sold album or track, saying to unpublish it, and unpublishing hides it", async () => {
    const album = await failure(api.delete(`/admin/music/albums/${ids.sold}`, admin))
    expect(album.status).toBe(409)
    expect(album.data.message).toMatch(/sold/)
    expect(album.data.message).toMatch(/[Uu]npublish/)
    const track = await failure(api.delete(`/admin/music/tracks/${ids.soldTracks[0]}`, admin))
    expect(track.status).toBe(409)
    expect(track.data.message).toMatch(/[Uu]npublish/)
    const { data: detail } = await api.get(`/admin/music/albums/${ids.sold}`, admin)
    expect(detail.album).toMatchObject({ deletable: false, sold: { order_lines: 1, owned_tracks: 2 } })
    expect((await storeAlbum(ids.sold)).title).toBe("Sold Album")

    await api.post(`/admin/music/albums/${ids.sold}`, { published: false }, admin)
    expect((await failure(api.get(`/store/music/albums/${ids.sold}`, pk))).status).toBe(404)
    expect((await storeSearch("sold album")).albums).toEqual([])
    expect((await api.get("/admin/music/albums?published=false", admin)).data.albums.map((a: any) => a.id)).toEqual([ids.sold])
    // Still in the admin, with its tracks.
    expect((await api.get(`/admin/music/albums/${ids.sold}`, admin)).data.album.tracks).toHaveLength(2)
  })

  it("deletes an album nobody bought, with its tracks and product", async () => {
    const { data: before } = await api.get(`/admin/music/albums/${ids.quiet}`, admin)
    expect(before.album).toMatchObject({ deletable: true, delete_refusal: null })
    expect((await storeAlbum(ids.quiet)).title).toBe("Quiet Album")
    await api.delete(`/admin/music/albums/${ids.quiet}`, admin)
    expect((await failure(api.get(`/admin/music/albums/${ids.quiet}`, admin))).status).toBe(404)
    expect((await failure(api.get(`/store/music/albums/${ids.quiet}`, pk))).status).toBe(404)
    expect((await storeSearch("aquele abraco")).tracks).toEqual([])
    const products = await getContainer().resolve(Modules.PRODUCT).listProducts({ id: before.album.product_id })
    expect(products).toEqual([])
    expect(await music().listTracks({ id: ids.quietTracks })).toEqual([])
    // The artist, now without albums, may go.
    expect((await api.get(`/admin/music/artists/${ids.gil}`, admin)).data.artist).toMatchObject({ album_count: 0, deletable: true })
  })

  it("rolls back an album creation or a track edit that fails half-way, leaving the catalogue and the store as they were", async () => {
    const albumsBefore = (await api.get("/admin/music/albums?limit=100", admin)).data.albums
    const productsBefore = await getContainer().resolve(Modules.PRODUCT).listProducts({}, { select: ["id"], take: null } as any)
    const tracksBefore = await music().listTracks({}, { select: ["id"], take: null } as any)
    failing.productTitle = "Half Made"
    try {
      const res = await failure(api.post("/admin/music/albums", {
        title: "Half Made", artist_id: ids.gil, status: "published",
        tracks: [{ name: "Never Sold", milliseconds: 100_000, price: 0.99, genre_id: ids.samba }],
      }, admin))
      expect(res.status).toBeGreaterThanOrEqual(400)
    } finally {
      failing.productTitle = null
    }
    expect((await api.get("/admin/music/albums?limit=100", admin)).data.albums).toEqual(albumsBefore)
    expect(await music().listAlbums({ title: "Half Made" }, { withDeleted: false } as any)).toEqual([])
    expect((await music().listTracks({}, { select: ["id"], take: null } as any)).length).toBe(tracksBefore.length)
    expect((await getContainer().resolve(Modules.PRODUCT).listProducts({}, { select: ["id"], take: null } as any)).length).toBe(productsBefore.length)
    expect((await storeSearch("never sold")).tracks).toEqual([])

    const track = (await api.get(`/admin/music/tracks?album_id=${ids.quiet}`, admin)).data.tracks[0]
    const before = await storeAlbum(ids.quiet)
    failing.variantId = track.variant_id
    try {
      const res = await failure(api.post(`/admin/music/tracks/${track.id}`, { name: "Renamed Then Undone", published: false, price: 5, genre_id: ids.tropicalia }, admin))
      expect(res.status).toBeGreaterThanOrEqual(400)
    } finally {
      failing.variantId = null
    }
    const { data } = await api.get(`/admin/music/tracks/${track.id}`, admin)
    expect(data.track).toMatchObject({ name: track.name, published: true, hidden: false, price: track.price, genre: track.genre })
    const variant = await getContainer().resolve(Modules.PRODUCT).retrieveProductVariant(track.variant_id)
    expect([variant.title, variant.metadata?.hidden_from_store ?? null]).toEqual([track.name, null])
    // Straight from the store, cache and all.
    expect(await storeAlbum(ids.quiet)).toEqual(before)
  })

  it("moves an album to another artist, and its product follows", async () => {
    const { data } = await api.post(`/admin/music/albums/${ids.quiet}`, { artist_id: ids.mutantes }, admin)
    expect(data.album.artist).toEqual({ id: ids.mutantes, name: "Os Mutantes" })
    const page = await storeAlbum(ids.quiet)
    expect(page.artist.name).toBe("Os Mutantes")
    const { data: [product] } = await query().graph({ entity: "product", fields: ["subtitle", "description", "collection.title"], filters: { id: data.album.product_id } })
    expect(product).toMatchObject({ subtitle: "Os Mutantes", collection: { title: "Os Mutantes" } })
    expect((product as any).description).toMatch(/^An album by Os Mutantes/)
  })
}
