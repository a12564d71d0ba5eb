import type { MedusaSuiteOptions } from "@medusajs/test-utils"
import fs from "node:fs"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { answerOf, fetchPreview } from "../../helpers/catalogue"
import { importChinook } from "../../helpers/chinook"
import { storeHeaders } from "../../helpers/purchase"
import { ensureStoreSetup } from "../../../src/lib/store-setup"

type Chinook = {
  Track: { TrackId: number; Name: string; AlbumId: number; GenreId: number; Milliseconds: number }[]
  Album: { AlbumId: number; Title: string }[]
  Genre: { GenreId: number; Name: string }[]
  Invoice: { InvoiceId: number; InvoiceDate: string }[]
  InvoiceLine: { InvoiceId: number; TrackId: number; Quantity: number }[]
}

const DAY = 24 * 60 * 60 * 1000

/** Units sold per key over the invoices chosen, counted from the raw dataset. */
function unitsBy(data: Chinook, key: (trackId: number) => number, invoiceOk: (id: number) => boolean = () => true) {
  const units = new Map<number, number>()
  for (const line of data.InvoiceLine) {
    if (!invoiceOk(line.InvoiceId)) continue
    const k = key(line.TrackId)
    units.set(k, (units.get(k) ?? 0) + line.Quantity)
  }
  return units
}

// Discovery on the whole Chinook catalogue: search, tracks, charts, related
// albums and previews, checked against figures computed from the raw data.
export default function storeDiscoverSuite({ api, getContainer }: MedusaSuiteOptions) {
  let pk: { headers: Record<string, string> }
  let data: Chinook
  const trackOf = new Map<number, Chinook["Track"][number]>()
  // Chinook ids of our records, and back.
  const chinookTrack = new Map<string, number>()
  const chinookAlbum = new Map<string, number>()
  const albumIdOf = new Map<number, string>()

  const get = (path: string) => api.get(path, pk)
  const fail = (path: string) => answerOf(api.get(path, pk))

  beforeAll(async () => {
    const container = getContainer()
    await importChinook(container)
    const setup = await ensureStoreSetup(container)
    pk = storeHeaders(setup)
    data = JSON.parse(fs.readFileSync(process.env.CHINOOK_DATA!, "utf8"))
    for (const t of data.Track) trackOf.set(t.TrackId, t)
    const query = container.resolve(ContainerRegistrationKeys.QUERY)
    const { data: tracks } = await query.graph({ entity: "track", fields: ["id", "chinook_id"] })
    for (const t of tracks as any[]) chinookTrack.set(t.id, t.chinook_id)
    const { data: albums } = await query.graph({ entity: "album", fields: ["id", "chinook_id"] })
    for (const a of albums as any[]) {
      chinookAlbum.set(a.id, a.chinook_id)
      albumIdOf.set(a.chinook_id, a.id)
    }
  })

  describe("search", () => {
    const search = async (q: string, limit = 5) =>
      (await get(`/store/music/search?limit=${limit}&q=${encodeURIComponent(q)}`)).data

    it("forgives typos", async () => {
      const maiden = await search("iron maidn")
      expect(maiden.artists[0].name).toBe("Iron Maiden")
      expect(maiden.albums.length).toBeGreaterThan(0)
      expect(maiden.albums.every((a: any) => a.artist.name === "Iron Maiden")).toBe(true)
      expect((await search("led zepelin")).artists[0].name).toBe("Led Zeppelin")
      expect((await search("smels like teen spirt")).tracks[0]).toMatchObject({
        name: "Smells Like Teen Spirit",
        artist: { name: "Nirvana" },
      })
    })

    it("ignores accents, in the query and in the catalogue", async () => {
      expect((await search("antonio carlos jobim")).artists[0].name).toBe("Antônio Carlos Jobim")
      expect((await search("motorhead")).artists[0].name).toBe("Motörhead")
      expect((await search("ANTÔNIO CARLOS JOBIM")).artists[0].name).toBe("Antônio Carlos Jobim")
    })

    it("finds a word anywhere in a name, and names as they are being typed", async () => {
      const zeppelin = await search("zeppelin")
      expect(zeppelin.artists.map((a: any) => a.name)).toEqual(["Led Zeppelin", "Dread Zeppelin"])
      expect(zeppelin.albums[0].title).toMatch(/^Led Zeppelin/)
      for (const typed of ["meta", "metal", "metalli", "metallica"]) {
        expect((await search(typed)).artists[0].name).toBe("Metallica")
      }
      const beeth = await search("beeth")
      expect(beeth.albums.length).toBeGreaterThan(0)
      expect(beeth.albums[0].title).toMatch(/^Beethoven/)
      expect(beeth.albums.every((a: any) => /Beethoven/.test(a.title))).toBe(true)
    })

    it("answers with links the storefront can use, small enough for a search box", async () => {
      const res = await get(`/store/music/search?q=${encodeURIComponent("love")}`)
      // Five of each kind and the facets: a search box's answer stays small.
      expect(JSON.stringify(res.data).length).toBeLessThan(12_000)
      for (const kind of ["artists", "albums", "tracks"]) expect(res.data[kind].length).toBeLessThanOrEqual(5)
      expect(res.data.tracks.length).toBe(5)
      for (const t of res.data.tracks) {
        expect(t.variant_id).toMatch(/^variant_/)
        expect(t.album.handle).toEqual(expect.any(String))
        expect(t.name.toLowerCase()).toContain("love")
      }
      expect((await search("rock", 2)).albums).toHaveLength(2)
      expect(await search("qqqqzzzzxxxx")).toMatchObject({
        q: "qqqqzzzzxxxx",
        artists: [],
        albums: [],
        tracks: [],
        counts: { artists: 0, albums: 0, tracks: 0 },
      })
      expect(await search("%_'\":*&|!()")).toMatchObject({ artists: [], albums: [], tracks: [] })
    })

    it("refuses a missing, blank or huge query and bad limits, naming the field", async () => {
      for (const path of ["/store/music/search", "/store/music/search?q=%20%20", `/store/music/search?q=${"x".repeat(10_000)}`]) {
        const { status, message } = await fail(path)
        expect(status).toBe(400)
        expect(message).toContain("'q'")
      }
      for (const limit of ["-1", "0", "21", "ten"]) {
        const { status, message } = await fail(`/store/music/search?q=rock&limit=${limit}`)
        expect(status).toBe(400)
        expect(message).toContain("'limit'")
      }
    })
  })

  describe("tracks", () => {
    it("lists an album's tracks in running order, with everything a track list shows", async () => {
      const album = albumIdOf.get(1)! // For Those About To Rock We Salute You
      const { data: res } = await get(`/store/music/tracks?album_id=${album}&limit=100`)
      const expected = data.Track.filter((t) => t.AlbumId === 1)
      expect(res.count).toBe(expected.length)
      expect(res.tracks.map((t: any) => t.name)).toEqual(expected.map((t) => t.Name))
      expect(res.tracks.map((t: any) => t.track_number)).toEqual(expected.map((_, i) => i + 1))
      expect(res.tracks[0]).toMatchObject({
        milliseconds: 343719,
        composer: "Angus Young, Malcolm Young, Brian Johnson",
        genre: { name: "Rock" },
        media_type: { name: "MPEG audio file" },
        album: { title: "For Those About To Rock We Salute You" },
        artist: { name: "AC/DC" },
        variant_id: expect.stringMatching(/^variant_/),
      })
    })

    it("filters by genre, media type and words in the name, a page at a time", async () => {
      const { data: genres } = await get("/store/music/genres?limit=100")
      const jazz = genres.genres.find((g: any) => g.name === "Jazz")
      const jazzCount = data.Track.filter((t) => t.GenreId === data.Genre.find((g) => g.Name === "Jazz")!.GenreId).length
      const { data: page1 } = await get(`/store/music/tracks?genre_id=${jazz.id}&limit=10`)
      expect(page1.count).toBe(jazzCount)
      expect(page1.tracks).toHaveLength(10)
      expect(page1.tracks.every((t: any) => t.genre.name === "Jazz")).toBe(true)
      const { data: page2 } = await get(`/store/music/tracks?genre_id=${jazz.id}&limit=10&offset=10`)
      expect(page2.tracks.map((t: any) => t.id)).not.toContain(page1.tracks[0].id)

      const { data: video } = await get(`/store/music/tracks?q=${encodeURIComponent("the office")}`)
      expect(video.tracks.every((t: any) => /the office/i.test(t.name))).toBe(true)
      const mediaType = video.tracks[0]?.media_type
      if (mediaType) {
        const { data: same } = await get(`/store/music/tracks?media_type_id=${mediaType.id}&limit=5`)
        expect(same.tracks.every((t: any) => t.media_type.id === mediaType.id)).toBe(true)
      }
    })

    it("refuses unknown filters and bad paging, naming the field", async () => {
      for (const [path, field] of [
        ["/store/music/tracks?genre_id=gen_nope", "genre_id"],
        ["/store/music/tracks?album_id=alb_nope", "album_id"],
        ["/store/music/tracks?media_type_id=x", "media_type_id"],
        ["/store/music/tracks?limit=-5", "limit"],
        ["/store/music/tracks?offset=-1", "offset"],
        [`/store/music/tracks?q=${"y".repeat(10_000)}`, "q"],
      ]) {
        const { status, message } = await fail(path)
        expect(status).toBe(400)
        expect(message).toContain(field)
      }
    })
  })

  describe("charts", () => {
    it("ranks tracks and albums by the units sold in all orders", async () => {
      const { data: chart } = await get("/store/music/charts?limit=20")
      expect(chart.days).toBeNull()
      const trackUnits = unitsBy(data, (id) => id)
      const albumUnits = unitsBy(data, (id) => trackOf.get(id)!.AlbumId)
      expect(chart.tracks).toHaveLength(20)
      expect(chart.tracks[0].units).toBe(Math.max(...trackUnits.values()))
      chart.tracks.forEach((t: any, i: number) => {
        expect(t.rank).toBe(i + 1)
        expect(t.units).toBe(trackUnits.get(chinookTrack.get(t.id)!))
        if (i) expect(t.units).toBeLessThanOrEqual(chart.tracks[i - 1].units)
      })
      // Every track sold more than the chart's last entry is in the chart.
      const last = chart.tracks[19].units
      const above = [...trackUnits.values()].filter((u) => u > last).length
      expect(chart.tracks.filter((t: any) => t.units > last)).toHaveLength(above)

      expect(chart.albums[0].units).toBe(Math.max(...albumUnits.values()))
      chart.albums.forEach((a: any) => {
        expect(a.units).toBe(albumUnits.get(chinookAlbum.get(a.id)!))
        expect(a.handle).toEqual(expect.any(String))
      })
    })

    it("narrows to a genre and to the last days", async () => {
      const { data: genres } = await get("/store/music/genres?limit=100")
      const metal = genres.genres.find((g: any) => g.name === "Metal")
      const metalId = data.Genre.find((g) => g.Name === "Metal")!.GenreId
      const { data: chart } = await get(`/store/music/charts?genre_id=${metal.id}&limit=10`)
      expect(chart.genre_id).toBe(metal.id)
      const metalUnits = unitsBy(data, (id) => (trackOf.get(id)!.GenreId === metalId ? id : 0))
      metalUnits.delete(0)
      expect(chart.tracks[0].units).toBe(Math.max(...metalUnits.values()))
      for (const t of chart.tracks) expect(trackOf.get(chinookTrack.get(t.id)!)!.GenreId).toBe(metalId)

      const since = Date.now() - 400 * DAY
      const recent = new Set(data.Invoice.filter((i) => Date.parse(`${i.InvoiceDate}Z`) >= since).map((i) => i.InvoiceId))
      const recentUnits = unitsBy(data, (id) => id, (id) => recent.has(id))
      const { data: windowed } = await get("/store/music/charts?days=400&limit=50")
      expect(windowed.days).toBe(400)
      const total = (xs: any[]) => xs.reduce((n, t) => n + t.units, 0)
      expect(windowed.tracks.length).toBe(Math.min(50, recentUnits.size))
      if (recentUnits.size <= 50) expect(total(windowed.tracks)).toBe([...recentUnits.values()].reduce((a, b) => a + b, 0))
      for (const t of windowed.tracks) expect(t.units).toBe(recentUnits.get(chinookTrack.get(t.id)!))
    })

    it("refuses bad windows and unknown genres", async () => {
      for (const [path, field] of [
        ["/store/music/charts?days=0", "days"],
        ["/store/music/charts?days=-3", "days"],
        ["/store/music/charts?days=week", "days"],
        ["/store/music/charts?limit=500", "limit"],
        ["/store/music/charts?genre_id=gen_nope", "genre_id"],
      ]) {
        const { status, message } = await fail(path)
        expect(status).toBe(400)
        expect(message).toContain(field)
      }
    })
  })

  describe("related albums", () => {
    /** For each album, how many invoices it shares with each other album. */
    function coPurchases() {
      const albumsOfInvoice = new Map<number, Set<number>>()
      for (const line of data.InvoiceLine) {
        const set = albumsOfInvoice.get(line.InvoiceId) ?? new Set()
        set.add(trackOf.get(line.TrackId)!.AlbumId)
        albumsOfInvoice.set(line.InvoiceId, set)
      }
      const shared = new Map<number, Map<number, number>>()
      for (const set of albumsOfInvoice.values()) {
        for (const a of set) {
          for (const b of set) {
            if (a === b) continue
            const m = shared.get(a) ?? new Map()
            m.set(b, (m.get(b) ?? 0) + 1)
            shared.set(a, m)
          }
        }
      }
      return shared
    }

    it("shows what customers who bought an album also bought, most shared orders first", async () => {
      const shared = coPurchases()
      // The album with the most distinct companions in orders.
      const [album, companions] = [...shared.entries()].sort((x, y) => y[1].size - x[1].size)[0]
      const { data: res } = await get(`/store/music/albums/${albumIdOf.get(album)}/related?limit=6`)
      expect(res.albums).toHaveLength(6)
      const together = res.albums.filter((a: any) => a.reason === "bought_together")
      expect(together.length).toBe(Math.min(6, companions.size))
      const counts = together.map((a: any) => companions.get(chinookAlbum.get(a.id)!))
      expect(counts.every((n: number | undefined) => n !== undefined)).toBe(true)
      expect(counts).toEqual([...counts].sort((a, b) => b - a))
      expect(counts[0]).toBe(Math.max(...companions.values()))
    })

    it("fills a shelf with the artist's and the genre's albums when orders say too little, and knows handles", async () => {
      const shared = coPurchases()
      // An album nobody bought, from a genre with plenty of other albums.
      const albumsOfGenre = new Map<number, Set<number>>()
      for (const t of data.Track) albumsOfGenre.set(t.GenreId, (albumsOfGenre.get(t.GenreId) ?? new Set()).add(t.AlbumId))
      const unsold = data.Album.find(
        (a) => !shared.has(a.AlbumId) && data.Track.some((t) => t.AlbumId === a.AlbumId && albumsOfGenre.get(t.GenreId)!.size > 10)
      )!
      const { data: byId } = await get(`/store/music/albums/${albumIdOf.get(unsold.AlbumId)}/related?limit=4`)
      expect(byId.albums.length).toBe(4)
      expect(byId.albums.every((a: any) => ["same_artist", "same_genre"].includes(a.reason))).toBe(true)
      expect(byId.albums.map((a: any) => a.id)).not.toContain(albumIdOf.get(unsold.AlbumId))

      const { data: album } = await get(`/store/music/albums/${albumIdOf.get(unsold.AlbumId)}`)
      const { data: byHandle } = await get(`/store/music/albums/${album.album.handle}/related?limit=4`)
      expect(byHandle).toEqual(byId)
      const { data: sameAlbum } = await get(`/store/music/albums/${album.album.handle}`)
      expect(sameAlbum).toEqual(album)
    })

    it("answers 404 for an unknown album and 400 for a bad limit", async () => {
      expect((await fail("/store/music/albums/alb_nope/related")).status).toBe(404)
      expect((await fail("/store/music/albums/no-such-handle/related")).status).toBe(404)
      const { status, message } = await fail(`/store/music/albums/${albumIdOf.get(1)}/related?limit=0`)
      expect(status).toBe(400)
      expect(message).toContain("limit")
    })
  })

  describe("previews", () => {
    const preview = (trackId: string, headers: Record<string, string> = {}) => fetchPreview(api, pk, trackId, headers)

    it("plays a 30-second labelled demo clip, the same every time", async () => {
      const id = [...chinookTrack.entries()].find(([, c]) => c === 1)![0]
      const full = await preview(id)
      expect(full.status).toBe(200)
      expect(full.headers["content-type"]).toBe("audio/wav")
      expect(full.headers["accept-ranges"]).toBe("bytes")
      expect(full.headers["x-preview-kind"]).toBe("generated-demo")
      expect(Number(full.headers["content-length"])).toBe(full.body.length)
      expect(full.body.toString("ascii", 0, 4)).toBe("RIFF")
      expect(full.body.toString("utf8", 0, 300)).toContain("(demo clip)")
      const rate = full.body.readUInt32LE(24)
      const bytesPerSecond = full.body.readUInt32LE(28)
      const dataAt = full.body.indexOf("data", 36, "ascii")
      expect(full.body.readUInt32LE(dataAt + 4) / bytesPerSecond).toBeCloseTo(30, 2)
      expect(rate).toBeGreaterThanOrEqual(8000)

      expect((await preview(id)).body.equals(full.body)).toBe(true)
      const other = [...chinookTrack.entries()].find(([, c]) => c === 2)![0]
      expect((await preview(other)).body.equals(full.body)).toBe(false)
    })

    it("serves byte ranges for seeking, and revalidates by ETag", async () => {
      const id = [...chinookTrack.entries()].find(([, c]) => c === 3)![0]
      const full = await preview(id)
      const part = await preview(id, { Range: "bytes=1000-4999" })
      expect(part.status).toBe(206)
      expect(part.headers["content-range"]).toBe(`bytes 1000-4999/${full.body.length}`)
      expect(part.body.equals(full.body.subarray(1000, 5000))).toBe(true)
      const tail = await preview(id, { Range: "bytes=-100" })
      expect(tail.body.equals(full.body.subarray(full.body.length - 100))).toBe(true)
      const past = await preview(id, { Range: `bytes=${full.body.length}-` })
      expect(past.status).toBe(416)
      expect(past.headers["content-range"]).toBe(`bytes */${full.body.length}`)
      expect((await preview(id, { "If-None-Match": full.headers.etag })).status).toBe(304)
    })

    it("is never longer than the track, and 404 for an unknown track", async () => {
      const short = data.Track.find((t) => t.Milliseconds < 30_000)!
      const id = [...chinookTrack.entries()].find(([, c]) => c === short.TrackId)![0]
      const clip = (await preview(id)).body
      const dataAt = clip.indexOf("data", 36, "ascii")
      expect(clip.readUInt32LE(dataAt + 4) / clip.readUInt32LE(28)).toBeLessThanOrEqual(Math.max(1, short.Milliseconds / 1000))
      expect((await preview("trk_nope")).status).toBe(404)
    })
  })
}
