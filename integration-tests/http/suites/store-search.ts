import type { MedusaSuiteOptions } from "@medusajs/test-utils"
import fs from "node:fs"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { answerOf } from "../../helpers/catalogue"
import { importChinook } from "../../helpers/chinook"
import { storeHeaders } from "../../helpers/purchase"
import { ensureStoreSetup } from "../../../src/lib/store-setup"
import { syncCatalogueVisibilityWorkflow } from "../../../src/workflows/music/sync-catalogue-visibility"

// The full Chinook import takes minutes on a busy 2-core machine.
type Chinook = {
  Track: { TrackId: number; Name: string; AlbumId: number; GenreId: number; MediaTypeId: number; Composer: string | null }[]
  Album: { AlbumId: number; Title: string; ArtistId: number }[]
  Artist: { ArtistId: number; Name: string }[]
  Genre: { GenreId: number; Name: string }[]
  MediaType: { MediaTypeId: number; Name: string }[]
}

// The catalogue's words as the search folds them: no accents, lower case,
// letters and digits.
const words = (text: string | null) =>
  (text ?? "")
    .normalize("NFKD")
    .replace(/\p{M}+/gu, "")
    .toLowerCase()
    .match(/[\p{L}\p{N}]+/gu) ?? []
// A one-word search for `q` finds a name with a word, or the name squashed
// to letters and digits, starting with it.
const nameHas = (name: string, q: string) => words(name).some((w) => w.startsWith(q)) || words(name).join("").startsWith(q)

// Search on the whole Chinook catalogue: punctuation, composers, facets and
// filters, checked against figures computed from the raw data.
export default function storeSearchSuite({ api, getContainer }: MedusaSuiteOptions) {
  let pk: { headers: Record<string, string> }
  let data: Chinook
  const genreIdOf = new Map<number, string>()
  const genreChinookId = new Map<string, number>()
  const mediaTypeIdOf = new Map<number, string>()
  const albumChinookId = new Map<string, number>()

  const search = async (query: string) => (await api.get(`/store/music/search?${query}`, pk)).data
  const fail = (query: string) => answerOf(api.get(`/store/music/search?${query}`, pk))

  beforeAll(async () => {
    const container = getContainer()
    await importChinook(container)
    const setup = await ensureStoreSetup(container)
    await syncCatalogueVisibilityWorkflow(container).run({ input: {} })
    pk = storeHeaders(setup)
    data = JSON.parse(fs.readFileSync(process.env.CHINOOK_DATA!, "utf8"))
    const query = container.resolve(ContainerRegistrationKeys.QUERY)
    for (const [entity, map] of [
      ["genre", genreIdOf],
      ["media_type", mediaTypeIdOf],
    ] as const) {
      const { data: rows } = await query.graph({ entity, fields: ["id", "chinook_id"] })
      for (const r of rows as any[]) map.set(r.chinook_id, r.id)
    }
    for (const [k, v] of genreIdOf) genreChinookId.set(v, k)
    const { data: albums } = await query.graph({ entity: "album", fields: ["id", "chinook_id"] })
    for (const a of albums as any[]) albumChinookId.set(a.id, a.chinook_id)
  })

  it("finds names whatever their punctuation", async () => {
    for (const q of ["acdc", "ac dc", "AC/DC", "AC-DC"]) {
      const found = await search(`q=${encodeURIComponent(q)}`)
      expect(found.artists[0]?.name).toBe("AC/DC")
      expect(found.albums.length).toBeGreaterThan(0)
      expect(found.albums.every((a: any) => a.artist.name === "AC/DC")).toBe(true)
    }
    for (const q of ["guns n roses", "gunsnroses", "Guns N' Roses"]) {
      expect((await search(`q=${encodeURIComponent(q)}`)).artists[0]?.name).toBe("Guns N' Roses")
    }
  })

  it("finds the tracks a composer wrote, below tracks that bear the name", async () => {
    const beethoven = await search("q=beethoven&limit=20")
    const written = data.Track.filter((t) => /Beethoven/.test(t.Composer ?? "")).map((t) => t.Name)
    expect(written.length).toBeGreaterThan(0)
    expect(beethoven.tracks.map((t: any) => t.name).sort()).toEqual([...written].sort())
    for (const t of beethoven.tracks) {
      expect(t).toMatchObject({ matched: "composer", composer: expect.stringContaining("Beethoven") })
    }
    // Albums named for him still come first among albums.
    expect(beethoven.albums[0].title).toMatch(/^Beethoven/)

    // "music" is in a few track names and in many composers' (Music by ...).
    const music = await search("q=music&limit=20")
    const kinds = music.tracks.map((t: any) => t.matched)
    expect(kinds).toContain("name")
    expect(kinds).toContain("composer")
    expect(kinds.indexOf("composer")).toBeGreaterThan(kinds.lastIndexOf("name"))
    for (const t of music.tracks) {
      expect(nameHas(t.name, "music")).toBe(t.matched === "name")
      if (t.matched === "composer") expect(words(t.composer).some((w) => w.startsWith("music"))).toBe(true)
    }
  })

  it("counts the matches per genre and media type as the raw data does", async () => {
    const q = "love"
    const tracks = data.Track.filter((t) => nameHas(t.Name, q) || words(t.Composer).some((w) => w.startsWith(q)))
    const albumIds = new Set(data.Album.filter((a) => nameHas(a.Title, q)).map((a) => a.AlbumId))
    // No artist's name holds the word, so no album comes in through its artist.
    expect(data.Artist.filter((a) => nameHas(a.Name, q))).toEqual([])

    const res = await search(`q=${q}&limit=20`)
    expect(res.counts).toEqual({ artists: 0, albums: albumIds.size, tracks: tracks.length })
    expect(res.tracks).toHaveLength(20)

    const expected = (key: "GenreId" | "MediaTypeId", idOf: Map<number, string>) => {
      const counts = new Map<string, { track_count: number; album_count: number }>()
      const at = (k: number) => {
        const id = idOf.get(k)!
        if (!counts.has(id)) counts.set(id, { track_count: 0, album_count: 0 })
        return counts.get(id)!
      }
      for (const t of tracks) at(t[key]).track_count++
      for (const albumId of albumIds) {
        for (const k of new Set(data.Track.filter((t) => t.AlbumId === albumId).map((t) => t[key]))) at(k).album_count++
      }
      return counts
    }
    for (const [facet, key, idOf] of [
      [res.facets.genres, "GenreId", genreIdOf],
      [res.facets.media_types, "MediaTypeId", mediaTypeIdOf],
    ] as const) {
      const counts = expected(key, idOf)
      const top = [...counts.values()].map((c) => c.track_count).sort((a, b) => b - a)
      expect(facet.length).toBe(Math.min(10, counts.size))
      expect(facet.map((f: any) => f.track_count)).toEqual(top.slice(0, 10))
      for (const f of facet) {
        expect(f).toEqual({ id: f.id, name: expect.any(String), ...counts.get(f.id), selected: false })
      }
    }
  })

  it("narrows albums and tracks to the genres and media types chosen", async () => {
    const all = await search("q=rock&limit=20")
    const [first, second] = all.facets.genres
    const narrowed = await search(`q=rock&limit=20&genre_id=${first.id}`)
    expect(narrowed.counts.tracks).toBe(first.track_count)
    expect(narrowed.counts.albums).toBe(first.album_count)
    expect(narrowed.counts.tracks).toBeLessThan(all.counts.tracks)
    expect(narrowed.tracks.length).toBeGreaterThan(0)
    expect(narrowed.tracks.every((t: any) => t.genre.id === first.id)).toBe(true)
    const g = genreChinookId.get(first.id)!
    for (const a of narrowed.albums) {
      expect(data.Track.some((t) => t.AlbumId === albumChinookId.get(a.id) && t.GenreId === g)).toBe(true)
    }
    // The chosen genre is marked; the others keep their counts, to choose instead.
    expect(narrowed.facets.genres.find((f: any) => f.id === first.id)).toMatchObject({ selected: true, track_count: first.track_count })
    expect(narrowed.facets.genres.find((f: any) => f.id === second.id)).toMatchObject({ selected: false, track_count: second.track_count })
    // Media types are counted within the chosen genre.
    const perMedia = narrowed.facets.media_types.reduce((n: number, f: any) => n + f.track_count, 0)
    expect(perMedia).toBe(narrowed.counts.tracks)

    // Several genres: repeated or comma-separated, the same.
    const both = await search(`q=rock&limit=20&genre_id=${first.id},${second.id}`)
    expect(await search(`q=rock&limit=20&genre_id=${first.id}&genre_id=${second.id}`)).toEqual(both)
    expect(both.counts.tracks).toBe(first.track_count + second.track_count)

    const media = narrowed.facets.media_types[0]
    const byMedia = await search(`q=rock&limit=20&genre_id=${first.id}&media_type_id=${media.id}`)
    expect(byMedia.counts.tracks).toBe(media.track_count)
    expect(byMedia.tracks.every((t: any) => t.genre.id === first.id && t.media_type.id === media.id)).toBe(true)
  })

  it("keeps to the words when a filter leaves nothing, instead of hunting for typos", async () => {
    const classical = genreIdOf.get(data.Genre.find((g) => g.Name === "Classical")!.GenreId)!
    const res = await search(`q=${encodeURIComponent("iron maiden")}&genre_id=${classical}`)
    expect(res).toMatchObject({ artists: [], albums: [], tracks: [], counts: { artists: 0, albums: 0, tracks: 0 } })
    expect(res.facets.genres.find((f: any) => f.id === classical)).toMatchObject({ selected: true, track_count: 0 })
  })

  it("refuses unknown or malformed filters, naming the parameter", async () => {
    const rock = genreIdOf.get(1)!
    for (const [query, field] of [
      ["q=rock&genre_id=gen_nope", "genre_id"],
      [`q=rock&genre_id=${rock},gen_nope`, "genre_id"],
      ["q=rock&media_type_id=mt_nope", "media_type_id"],
      [`q=rock&genre_id=${"x".repeat(101)}`, "genre_id"],
      ["q=rock&genre_id[a]=b", "genre_id"],
      [`q=rock&media_type_id=${Array.from({ length: 26 }, (_, i) => `m${i}`).join(",")}`, "media_type_id"],
    ]) {
      const { status, message } = await fail(query)
      expect([query, status]).toEqual([query, 400])
      expect(message).toContain(field)
    }
  })

  it("finds nothing the key's sales channels do not sell", async () => {
    const knex = getContainer().resolve(ContainerRegistrationKeys.PG_CONNECTION)
    const before = await search("q=acdc")
    expect(before.artists[0].name).toBe("AC/DC")
    const { rows } = await knex.raw(
      `select al.id, al.sales_channel_ids from album al join artist ar on ar.id = al.artist_id where ar.name = 'AC/DC'`
    )
    const hide = (ids: string[] | null) =>
      Promise.all(
        rows.map((r: any) =>
          knex.raw(`update album set sales_channel_ids = :c::text[] where id = :id; `, { c: ids ?? r.sales_channel_ids, id: r.id })
            .then(() => knex.raw(`update track set sales_channel_ids = :c::text[] where album_id = :id`, { c: ids ?? r.sales_channel_ids, id: r.id }))
        )
      )
    await hide([])
    try {
      for (const q of ["q=acdc", "q=ac", `q=${encodeURIComponent("back in black")}`, "q=thunderstruck"]) {
        const res = await search(q)
        expect(res.artists.map((a: any) => a.name)).not.toContain("AC/DC")
        expect(res.albums.map((a: any) => a.artist.name)).not.toContain("AC/DC")
        expect(res.tracks.map((t: any) => t.artist.name)).not.toContain("AC/DC")
      }
    } finally {
      await hide(null)
    }
  })
}
