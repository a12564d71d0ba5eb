import { execFileSync } from "node:child_process"
import fs from "node:fs"
import path from "node:path"
import type { MedusaSuiteOptions } from "@medusajs/test-utils"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { MUSIC_MODULE } from "../../../src/modules/music"
import type MusicModuleService from "../../../src/modules/music/service"
import { OWNERSHIP_MODULE } from "../../../src/modules/ownership"
import type OwnershipModuleService from "../../../src/modules/ownership/service"
import { ensureStoreSetup, StoreSetup } from "../../../src/lib/store-setup"
import { ensureStaffLogin } from "../../../src/lib/staff-login"
import { readAudioFile } from "../../../src/lib/audio/metadata"
import { ffmpegBinary } from "../../../src/lib/audio/ffmpeg"
import { createAlbumsWorkflow } from "../../../src/workflows/music/create-albums"
import { createAlbumFromFilesWorkflow } from "../../../src/workflows/music/create-album-from-files"
import { requireFfmpeg as requireFfmpegFor, tone as makeTone, useAudioDirs, type Tags } from "../../helpers/audio-fixtures"
import { registerCustomer } from "../../helpers/customer"

// Read when medusa-config.ts and the routes load.
const dirs = useAudioDirs("chinook-admin-audio-test")
const { tmp, masters: MASTERS_DIR, work: WORK_DIR, fixtures: FIXTURES } = dirs
// Debian's ffmpeg makes this test's audio, as the app reads it (FFMPEG_PATH).
const FFMPEG = ffmpegBinary()
const requireFfmpeg = () => requireFfmpegFor("admin-catalogue.spec.ts (audio files)")

/** A sine tone of `seconds` with these tags, made by ffmpeg among the fixtures, as a file and its bytes. */
const tone = (name: string, ext: string, seconds: number, tags: Tags, frequency = 440) => makeTone(FIXTURES, name, ext, seconds, tags, frequency)

/** Reads audio bytes the way the server reads masters (music-metadata). */
async function probe(bytes: Buffer, ext: string) {
  const file = path.join(FIXTURES, `probe-${Math.random().toString(36).slice(2)}.${ext}`)
  fs.writeFileSync(file, bytes)
  try {
    return await readAudioFile(file)
  } finally {
    fs.rmSync(file, { force: true })
  }
}

const filesIn = (dir: string) => (fs.existsSync(dir) ? fs.readdirSync(dir).sort() : [])

export default function adminAudioSuite({ api, getContainer }: MedusaSuiteOptions) {
  let setup: StoreSetup
  let pk: { headers: Record<string, string> }
  let staff: Record<string, string>
  let owner: { headers: Record<string, string> }
  let ownerId: string
  let albumId: string
  let tracks: { id: string; name: string }[]
  let rockId: string

  const TAGS: Tags = {
    title: "Tone Poem No. 3",
    artist: "Sine Wave Ensemble",
    album_artist: "Sine Wave Ensemble",
    album: "Pure Tones",
    track: "3/10",
    disc: "1/1",
    genre: "rock",
    composer: "Joseph Fourier",
  }
  const fixtures: Record<string, { file: string; bytes: Buffer; seconds: number }> = {}

  beforeAll(async () => {
    requireFfmpeg()
    for (const [ext, seconds] of [["mp3", 41], ["flac", 37], ["m4a", 45], ["wav", 52]] as const) {
      fixtures[ext] = { ...tone(`master-${ext}`, ext, seconds, { ...TAGS, title: `${TAGS.title} (${ext})` }), seconds }
    }
    const container = getContainer()
    setup = await ensureStoreSetup(container)
    pk = { headers: { "x-publishable-api-key": setup.publishable_key } }
    const music: MusicModuleService = container.resolve(MUSIC_MODULE)
    rockId = (await music.createGenres({ name: "Rock" })).id
    const artist = await music.createArtists({ name: "Sine Wave Ensemble" })
    const { result } = await createAlbumsWorkflow(container).run({
      input: {
        albums: [
          {
            title: "Pure Tones",
            artist_id: artist.id,
            tracks: ["One", "Two", "Three", "Four", "Five"].map((name) => ({ name, milliseconds: 200_000, unit_price: 0.99 })),
          },
        ],
      },
    })
    albumId = result[0].id
    tracks = result[0].tracks

    await ensureStaffLogin(container, { email: "staff@example.com", password: "staff-pass-1" })
    const { data: login } = await api.post("/auth/user/emailpass", { email: "staff@example.com", password: "staff-pass-1" })
    staff = { authorization: `Bearer ${login.token}` }

    owner = await registerCustomer(api, setup.publishable_key, { email: "owner@example.com" })
    ownerId = (await api.get("/store/customers/me", owner)).data.customer.id
    const ownership: OwnershipModuleService = container.resolve(OWNERSHIP_MODULE)
    await ownership.createOwnedTracks(
      tracks.map((t, i) => ({
        customer_id: ownerId,
        track_id: t.id,
        album_id: albumId,
        order_id: "order_audio_test",
        line_item_id: `line_audio_${i}`,
        granted_at: new Date(),
      }))
    )
  })

  const putMaster = (trackId: string, body: Buffer, filename: string, opts: { query?: string; headers?: Record<string, string> } = {}) =>
    api.put(`/admin/music/tracks/${trackId}/master?filename=${encodeURIComponent(filename)}${opts.query ?? ""}`, body, {
      headers: { "content-type": "application/octet-stream", ...(opts.headers ?? staff) },
      validateStatus: () => true,
      maxBodyLength: Infinity,
    })
  const getBytes = (url: string, headers: Record<string, string> = {}) =>
    api.get(url, { headers, responseType: "arraybuffer", validateStatus: () => true })
  const preview = (trackId: string, headers: Record<string, string> = {}) =>
    getBytes(`/store/music/tracks/${trackId}/preview`, { ...pk.headers, ...headers })

  /** A multipart POST through fetch (FormData, as the admin page sends it). */
  async function postFiles(url: string, files: { name: string; bytes: Buffer; type?: string }[], fields: Record<string, string> = {}, headers = staff) {
    const form = new FormData()
    for (const f of files) form.append("files", new Blob([new Uint8Array(f.bytes)], { type: f.type ?? "application/octet-stream" }), f.name)
    for (const [k, v] of Object.entries(fields)) form.append(k, v)
    const res = await fetch(`${api.defaults.baseURL}${url}`, { method: "POST", body: form, headers })
    return { status: res.status, data: await res.json().catch(() => null) }
  }

  it("refuses every audio route to anyone without a staff login", async () => {
    const none = { "content-type": "application/octet-stream" }
    expect((await putMaster(tracks[0].id, fixtures.mp3.bytes, "a.mp3", { headers: none })).status).toBe(401)
    const customer = { ...owner.headers }
    expect((await putMaster(tracks[0].id, fixtures.mp3.bytes, "a.mp3", { headers: customer })).status).toBe(401)
    const calls = [
      api.get(`/admin/music/tracks/${tracks[0].id}/master`, { validateStatus: () => true }),
      api.delete(`/admin/music/tracks/${tracks[0].id}/master`, { validateStatus: () => true }),
      api.post(`/admin/music/tracks/${tracks[0].id}/master/apply-tags`, {}, { validateStatus: () => true }),
      api.put(`/admin/music/albums/${albumId}/cover`, Buffer.from("x"), { headers: { "content-type": "image/png" }, validateStatus: () => true }),
    ]
    for (const res of await Promise.all(calls)) expect(res.status).toBe(401)
    expect((await postFiles("/admin/music/albums/from-files", [{ name: "a.mp3", bytes: fixtures.mp3.bytes }], {}, {} as any)).status).toBe(401)
    expect(filesIn(MASTERS_DIR)).toEqual([])
  })

  it("reads format, duration, bitrate and tags of MP3, FLAC, M4A and WAV masters, and cuts a 30-second MP3 preview from each", async () => {
    const expectations = [
      { ext: "mp3", track: tracks[0], format: "mp3", bitrate: [180_000, 200_000] },
      { ext: "flac", track: tracks[1], format: "flac", bitrate: [1, 1_411_200] },
      { ext: "m4a", track: tracks[2], format: "m4a", bitrate: [100_000, 160_000] },
      { ext: "wav", track: tracks[3], format: "wav", bitrate: [705_600, 705_600] },
    ]
    for (const e of expectations) {
      const fixture = fixtures[e.ext]
      const before = await preview(e.track.id)
      expect(before.headers["x-preview-kind"]).toBe("generated-demo")

      const res = await putMaster(e.track.id, fixture.bytes, `Upload.${e.ext}`)
      expect(res.status).toBe(200)
      const { audio, suggested, track, warnings } = res.data
      expect(warnings).toEqual([])
      expect(audio).toMatchObject({ format: e.format, size: fixture.bytes.length, filename: `Upload.${e.ext}` })
      expect(Math.abs(audio.duration_ms - fixture.seconds * 1000)).toBeLessThan(150)
      expect(audio.bitrate).toBeGreaterThanOrEqual(e.bitrate[0])
      expect(audio.bitrate).toBeLessThanOrEqual(e.bitrate[1])
      expect(audio.tags).toMatchObject({
        title: `${TAGS.title} (${e.ext})`,
        artist: TAGS.artist,
        album: TAGS.album,
        track_number: 3,
        genre: "rock",
      })
      // ffmpeg's WAV (RIFF INFO) has no composer or album artist field.
      if (e.ext !== "wav") expect(audio.tags).toMatchObject({ composer: TAGS.composer, album_artist: TAGS.album_artist, track_total: 10 })
      expect(suggested).toMatchObject({ name: `${TAGS.title} (${e.ext})`, track_number: 3, milliseconds: audio.duration_ms, bytes: fixture.bytes.length })
      // Stored under the format read from the bytes, as a private file.
      expect(track.master_file_id).toMatch(new RegExp(`^private-.*\\.${e.ext}$`))
      expect(filesIn(MASTERS_DIR)).toContain(track.master_file_id)
      expect(filesIn(MASTERS_DIR)).toContain(track.preview_file_id)

      const after = await preview(e.track.id)
      expect(after.status).toBe(200)
      expect(after.headers["content-type"]).toBe("audio/mpeg")
      expect(after.headers["x-preview-kind"]).toBe("master-excerpt")
      const clip = await probe(Buffer.from(after.data), "mp3")
      expect(clip.format).toBe("mp3")
      expect(Math.abs(clip.duration_ms - 30_000)).toBeLessThan(200)
      // Seekable and cacheable like the demo clips.
      const part = await preview(e.track.id, { range: "bytes=100-199" })
      expect(part.status).toBe(206)
      expect(Buffer.from(part.data).equals(Buffer.from(after.data).subarray(100, 200))).toBe(true)
      expect((await preview(e.track.id, { "if-none-match": after.headers.etag })).status).toBe(304)
    }
    // The track's own fields are not touched unless asked.
    const { data } = await api.get(`/store/music/albums/${albumId}`, pk)
    expect(data.album.tracks.map((t: any) => t.name)).toEqual(["One", "Two", "Three", "Four", "Five"])
    expect(filesIn(WORK_DIR)).toEqual([])
  })

  it("fills the track's fields from the tags when asked, at upload or afterwards", async () => {
    const res = await putMaster(tracks[0].id, fixtures.mp3.bytes, "again.mp3", { query: "&apply_tags=true" })
    expect(res.status).toBe(200)
    expect(res.data.applied.changed).toMatchObject({
      name: `${TAGS.title} (mp3)`,
      composer: TAGS.composer,
      track_number: 3,
      genre_id: rockId,
      milliseconds: res.data.audio.duration_ms,
    })
    const { data } = await api.get(`/store/music/tracks?album_id=${albumId}`, pk)
    const shown = data.tracks.find((t: any) => t.id === tracks[0].id)
    expect(shown).toMatchObject({ name: `${TAGS.title} (mp3)`, composer: TAGS.composer, genre: { name: "Rock" } })
    // The variant that sells it is renamed too.
    const query = getContainer().resolve(ContainerRegistrationKeys.QUERY)
    const { data: [row] } = await query.graph({ entity: "track", fields: ["product_variant.title"], filters: { id: tracks[0].id } })
    expect((row as any).product_variant.title).toBe(`${TAGS.title} (mp3)`)

    // Later, one field at a time. (Each test starts from the database as
    // beforeAll left it: this one puts its own masters.)
    const flacTrack = tracks[1].id
    expect((await putMaster(flacTrack, fixtures.flac.bytes, "Two.flac")).status).toBe(200)
    const only = await api.post(`/admin/music/tracks/${flacTrack}/master/apply-tags`, { fields: ["composer"] }, { headers: staff })
    expect(only.data.changed).toEqual({ composer: TAGS.composer })
    const bad = await api.post(`/admin/music/tracks/${flacTrack}/master/apply-tags`, { fields: ["colour"] }, { headers: staff, validateStatus: () => true })
    expect(bad.status).toBe(400)
    expect(bad.data.message).toMatch(/fields/)
    const bare = await api.post(`/admin/music/tracks/${tracks[4].id}/master/apply-tags`, {}, { headers: staff, validateStatus: () => true })
    expect(bare.status).toBe(400)
    expect(bare.data.message).toMatch(/no master/)
    const { data: master } = await api.get(`/admin/music/tracks/${flacTrack}/master`, { headers: staff })
    expect(master.audio).toMatchObject({ format: "flac", lossless: true })
    expect(master.suggested).toMatchObject({ name: `${TAGS.title} (flac)`, genre: "rock" })
  })

  it("refuses a file that is not audio, or audio in another format, and stores nothing", async () => {
    const before = filesIn(MASTERS_DIR)
    const text = await putMaster(tracks[4].id, Buffer.from("These are liner notes, not a recording.\n".repeat(50)), "notes.mp3")
    expect(text.status).toBe(415)
    expect(text.data.message).toMatch(/notes\.mp3 is not an audio file/)
    const png = execFileSync(FFMPEG, ["-hide_banner", "-loglevel", "error", "-f", "lavfi", "-i", "color=c=blue:s=32x32", "-frames:v", "1", "-f", "image2pipe", "-c:v", "png", "-"])
    expect((await putMaster(tracks[4].id, png, "cover.flac")).status).toBe(415)
    const ogg = tone("vorbis", "ogg", 3, { title: "Vorbis" })
    const vorbis = await putMaster(tracks[4].id, ogg.bytes, "vorbis.mp3")
    expect(vorbis.status).toBe(415)
    expect(vorbis.data.message).toMatch(/masters must be MP3, FLAC, AAC\/M4A or WAV/)
    const named = await putMaster(tracks[4].id, ogg.bytes, "vorbis.ogg")
    expect(named.status).toBe(400)
    expect(named.data.message).toMatch(/filename/)
    const empty = await putMaster(tracks[4].id, Buffer.alloc(0), "empty.wav")
    expect(empty.status).toBe(400)
    expect(filesIn(MASTERS_DIR)).toEqual(before)
    expect(filesIn(WORK_DIR)).toEqual([])
    const { data } = await api.get(`/admin/music/tracks/${tracks[4].id}/master`, { headers: staff })
    expect(data.track.master_file_id).toBeNull()
  })

  it("stores the master without ffmpeg, says why there is no preview, and keeps the demo preview", async () => {
    const configured = process.env.FFMPEG_PATH
    process.env.FFMPEG_PATH = path.join(tmp, "no-such-ffmpeg")
    let res: any
    try {
      res = await putMaster(tracks[4].id, fixtures.wav.bytes, "Five.wav")
    } finally {
      if (configured === undefined) delete process.env.FFMPEG_PATH
      else process.env.FFMPEG_PATH = configured
    }
    expect(res.status).toBe(200)
    expect(res.data.track.master_file_id).toMatch(/\.wav$/)
    expect(res.data.track.preview_file_id).toBeNull()
    expect(res.data.preview).toEqual({ made: false })
    expect(res.data.warnings[0]).toMatch(/No preview was made: ffmpeg was not found.*apt-get install/)
    const demo = await preview(tracks[4].id)
    expect(demo.status).toBe(200)
    expect(demo.headers["x-preview-kind"]).toBe("generated-demo")
    // Uploaded again with ffmpeg, it gets its preview and the old master goes.
    const again = await putMaster(tracks[4].id, fixtures.wav.bytes, "Five.wav")
    expect(again.data.track.preview_file_id).toBeTruthy()
    expect(filesIn(MASTERS_DIR)).not.toContain(res.data.track.master_file_id)
  })

  it("lets owners download the master or an MP3 320 kbps or AAC copy, made once; streams lossless masters as MP3", async () => {
    const flac = tracks[1].id
    expect((await putMaster(flac, fixtures.flac.bytes, "Two.flac")).status).toBe(200)
    expect((await putMaster(tracks[0].id, fixtures.mp3.bytes, "One.mp3")).status).toBe(200)
    // A track without a master has only its demo.
    const demoOnly = await api.post(`/store/customers/me/library/tracks/${tracks[2].id}/download`, { format: "mp3" }, { ...owner, validateStatus: () => true })
    expect(demoOnly.status).toBe(400)
    expect(demoOnly.data.message).toMatch(/^format: .*no recording yet/)
    const download = (id: string, body: unknown) =>
      api.post(`/store/customers/me/library/tracks/${id}/download`, body, { ...owner, validateStatus: () => true })

    const original = await download(flac, {})
    expect(original.data.format).toBe("original")
    const master = await getBytes(original.data.url)
    expect(master.headers["content-type"]).toBe("audio/flac")
    expect(Buffer.from(master.data).equals(fixtures.flac.bytes)).toBe(true)

    const mp3 = await download(flac, { format: "mp3" })
    expect(mp3.status).toBe(200)
    const file = await getBytes(mp3.data.url)
    expect(file.status).toBe(200)
    expect(file.headers["content-type"]).toBe("audio/mpeg")
    expect(file.headers["content-disposition"]).toMatch(/\.mp3"/)
    const read = await probe(Buffer.from(file.data), "mp3")
    expect(read).toMatchObject({ format: "mp3", bitrate: 320_000 })
    expect(Math.abs(read.duration_ms - fixtures.flac.seconds * 1000)).toBeLessThan(150)
    expect(read.tags.title).toBe(`${TAGS.title} (flac)`)

    // Made once: a second request sends the same stored copy.
    const music: MusicModuleService = getContainer().resolve(MUSIC_MODULE)
    const [row] = (await music.listTracks({ id: flac }, { select: ["mp3_file_id"] })) as any[]
    const count = filesIn(MASTERS_DIR).length
    const second = await getBytes((await download(flac, { format: "mp3" })).data.url)
    expect(Buffer.from(second.data).equals(Buffer.from(file.data))).toBe(true)
    expect(second.headers.etag).toBe(file.headers.etag)
    expect(((await music.listTracks({ id: flac }, { select: ["mp3_file_id"] })) as any[])[0].mp3_file_id).toBe(row.mp3_file_id)
    expect(filesIn(MASTERS_DIR)).toHaveLength(count)

    const aac = await getBytes((await api.post(`/store/customers/me/library/tracks/${flac}/download?format=aac`, {}, owner)).data.url)
    expect(aac.headers["content-type"]).toBe("audio/mp4")
    expect(await probe(Buffer.from(aac.data), "m4a")).toMatchObject({ format: "m4a" })

    const bad = await download(flac, { format: "ogg" })
    expect(bad.status).toBe(400)
    expect(bad.data.message).toMatch(/format/)
    expect((await api.post(`/store/customers/me/library/tracks/${flac}/download?format=wma`, {}, { ...owner, validateStatus: () => true })).status).toBe(400)

    // The player gets an MP3 of a FLAC master, and an MP3 master as it is.
    const stream = await getBytes((await api.post(`/store/customers/me/library/tracks/${flac}/stream`, {}, owner)).data.url)
    expect(stream.headers["content-type"]).toBe("audio/mpeg")
    expect(stream.headers["content-disposition"]).toMatch(/^inline/)
    const { data: mp3Stream } = await api.post(`/store/customers/me/library/tracks/${tracks[0].id}/stream`, {}, owner)
    expect(mp3Stream.format).toBe("original")
    expect((await getBytes(mp3Stream.url)).headers["content-type"]).toBe("audio/mpeg")

    // A new master drops the copies of the old one.
    const replaced = await putMaster(flac, fixtures.flac.bytes, "Two.flac")
    expect(replaced.status).toBe(200)
    expect(filesIn(MASTERS_DIR)).not.toContain(row.mp3_file_id)
  })

  it("takes an album cover (JPEG, PNG or WebP) as a public file, on the album and its product, and refuses anything else", async () => {
    const image = (codec: string) =>
      execFileSync(FFMPEG, [
        "-hide_banner", "-loglevel", "error", "-f", "lavfi", "-i", "color=c=orange:s=64x64", "-frames:v", "1",
        "-c:v", codec, "-f", codec === "libwebp" ? "webp" : "image2pipe", "-",
      ])
    const put = (body: Buffer, type: string) =>
      api.put(`/admin/music/albums/${albumId}/cover`, body, { headers: { ...staff, "content-type": type }, validateStatus: () => true })

    const png = await put(image("png"), "image/png")
    expect(png.status).toBe(200)
    expect(png.data.album.cover_url).toMatch(/\/static\/\d+-cover-Pure-Tones-[0-9a-f]+\.png$/)
    const { data } = await api.get(`/store/music/albums/${albumId}`, pk)
    expect(data.album.cover_url).toBe(png.data.album.cover_url)
    const { data: list } = await api.get(`/store/music/albums?artist_id=${data.album.artist.id}`, pk)
    expect(list.albums[0].cover_url).toBe(png.data.album.cover_url)
    const query = getContainer().resolve(ContainerRegistrationKeys.QUERY)
    const productOf = async () =>
      (await query.graph({ entity: "product", fields: ["thumbnail", "images.url"], filters: { id: png.data.product_id } })).data[0] as any
    expect((await productOf()).thumbnail).toBe(png.data.album.cover_url)
    expect((await productOf()).images.map((i: any) => i.url)).toEqual([png.data.album.cover_url])
    const served = await getBytes(new URL(png.data.album.cover_url).pathname)
    expect(served.status).toBe(200)

    const jpeg = await put(image("mjpeg"), "image/jpeg")
    expect(jpeg.status).toBe(200)
    expect(jpeg.data.content_type).toBe("image/jpeg")
    expect((await productOf()).thumbnail).toBe(jpeg.data.album.cover_url)
    // The uploaded cover it replaced is deleted.
    expect((await getBytes(new URL(png.data.album.cover_url).pathname)).status).toBe(404)
    const webp = await put(image("libwebp"), "image/webp")
    expect(webp.status).toBe(200)
    expect(webp.data.content_type).toBe("image/webp")

    const svg = await put(Buffer.from('<svg xmlns="http://www.w3.org/2000/svg"/>'), "image/png")
    expect(svg.status).toBe(415)
    expect(svg.data.message).toMatch(/not a JPEG, PNG or WebP image/)
    expect((await put(fixtures.mp3.bytes, "audio/mpeg")).status).toBe(415)
    expect((await put(fixtures.wav.bytes, "image/jpeg")).status).toBe(415)
    process.env.COVER_MAX_BYTES = "1KB"
    try {
      const big = await put(Buffer.concat([image("png"), Buffer.alloc(4096)]), "image/png")
      expect(big.status).toBe(413)
    } finally {
      delete process.env.COVER_MAX_BYTES
    }
    expect((await api.put(`/admin/music/albums/alb_missing/cover`, image("png"), { headers: { ...staff, "content-type": "image/png" }, validateStatus: () => true })).status).toBe(404)
    expect((await api.get(`/store/music/albums/${albumId}`, pk)).data.album.cover_url).toBe(webp.data.album.cover_url)
  })

  describe("an album from tagged files", () => {
    const album = { album: "Oscillations", album_artist: "The Oscillators", artist: "The Oscillators", genre: "Rock" }
    // Uploaded out of order: disc 2 first, then disc 1's tracks 2, 1, 3
    // (the WAV has no disc tag: ffmpeg's RIFF INFO has no such field, so it counts as disc 1).
    const upload = () => [
      { name: "d2-01.m4a", ...tone("d2-01", "m4a", 33, { ...album, title: "Coda", track: "1", disc: "2/2" }, 330) },
      { name: "d1-02.mp3", ...tone("d1-02", "mp3", 31, { ...album, title: "Square Root", track: "2/3", disc: "1/2", composer: "A. Moog" }, 550) },
      { name: "d1-01.flac", ...tone("d1-01", "flac", 35, { ...album, title: "Sawtooth Sunrise", track: "1/3", disc: "1/2" }, 660) },
      { name: "d1-03.wav", ...tone("d1-03", "wav", 32, { ...album, title: "Triangle Dance", track: "3" }, 770) },
    ]
    const ORDER = ["Sawtooth Sunrise", "Square Root", "Triangle Dance", "Coda"]

    it("reads the files and shows the album it would make (dry run), making nothing", async () => {
      const files = upload()
      const before = filesIn(MASTERS_DIR)
      const res = await postFiles("/admin/music/albums/from-files?dry_run=true", files)
      expect(res).toMatchObject({ status: 200 })
      expect(res.data.album).toEqual({ title: "Oscillations", artist: { name: "The Oscillators" } })
      expect(res.data.tracks.map((t: any) => [t.track_number, t.name, t.disc_number, t.filename])).toEqual([
        [1, "Sawtooth Sunrise", 1, "d1-01.flac"],
        [2, "Square Root", 1, "d1-02.mp3"],
        [3, "Triangle Dance", null, "d1-03.wav"],
        [4, "Coda", 2, "d2-01.m4a"],
      ])
      expect(filesIn(MASTERS_DIR)).toEqual(before)
      const music: MusicModuleService = getContainer().resolve(MUSIC_MODULE)
      expect(await music.listArtists({ name: "The Oscillators" })).toHaveLength(0)
    })

    it("creates the artist, album and tracks in tag order with masters and previews; the store and its search show them", async () => {
      const res = await postFiles("/admin/music/albums/from-files", upload(), { unit_price: "1.29" })
      expect(res).toMatchObject({ status: 201 })
      expect(res.data.warnings).toEqual([])
      expect(res.data.album).toMatchObject({ title: "Oscillations", artist: { name: "The Oscillators", created: true } })
      expect(res.data.tracks.map((t: any) => t.name)).toEqual(ORDER)
      for (const t of res.data.tracks) {
        expect(filesIn(MASTERS_DIR)).toEqual(expect.arrayContaining([t.master_file_id, t.preview_file_id]))
      }
      expect(res.data.tracks[0].master_file_id).toMatch(/\.flac$/)

      const id = res.data.album.id
      const { data } = await api.get(`/store/music/albums/${id}`, pk)
      expect(data.album).toMatchObject({ title: "Oscillations", artist: { name: "The Oscillators" } })
      expect(data.album.tracks.map((t: any) => [t.track_number, t.name])).toEqual(ORDER.map((n, i) => [i + 1, n]))
      expect(data.album.tracks[1]).toMatchObject({ composer: "A. Moog", genre: { name: "Rock" } })
      expect(Math.abs(data.album.tracks[0].milliseconds - 35_000)).toBeLessThan(150)

      const clip = await preview(data.album.tracks[3].id)
      expect(clip.headers["x-preview-kind"]).toBe("master-excerpt")
      expect(Math.abs((await probe(Buffer.from(clip.data), "mp3")).duration_ms - 30_000)).toBeLessThan(200)

      const { data: found } = await api.get(`/store/music/search?q=${encodeURIComponent("oscillators")}`, pk)
      expect(found.artists.map((a: any) => a.name)).toContain("The Oscillators")
      expect(found.albums.map((a: any) => a.title)).toContain("Oscillations")
      const { data: byTrack } = await api.get(`/store/music/search?q=${encodeURIComponent("sawtooth sunrise")}`, pk)
      expect(byTrack.tracks[0]).toMatchObject({ name: "Sawtooth Sunrise", album: { title: "Oscillations" } })

      // Another album by the same artist (any case) finds it rather than making a second.
      const single = tone("single", "mp3", 5, { title: "Single", album: "Single Sided", artist: "THE OSCILLATORS" })
      const second = await postFiles("/admin/music/albums/from-files", [{ name: "single.mp3", ...single }])
      expect(second).toMatchObject({ status: 201 })
      expect(second.data.album.artist).toEqual({ id: res.data.album.artist.id, name: "The Oscillators", created: false })
      // A file shorter than 30 s is its own preview.
      const short = await preview(second.data.tracks[0].id)
      expect(Math.abs((await probe(Buffer.from(short.data), "mp3")).duration_ms - 5_000)).toBeLessThan(200)
    })

    it("refuses files that are not one album, or not audio, naming them, and makes nothing", async () => {
      const music: MusicModuleService = getContainer().resolve(MUSIC_MODULE)
      const albumsBefore = (await music.listAlbums({}, { select: ["id"] })).length
      const masters = filesIn(MASTERS_DIR)
      const other = tone("other", "mp3", 3, { title: "Elsewhere", album: "Another Album", artist: "The Oscillators", track: "9" })
      const [a, b] = upload()
      const mixed = await postFiles("/admin/music/albums/from-files", [a, { name: "other.mp3", ...other }])
      expect(mixed.status).toBe(400)
      expect(mixed.data.message).toMatch(/^title: the files name different albums: "Oscillations" \(d2-01\.m4a\); "Another Album" \(other\.mp3\)/)
      const twice = await postFiles("/admin/music/albums/from-files", [b, { ...b, name: "copy.mp3" }])
      expect(twice.status).toBe(400)
      expect(twice.data.message).toMatch(/d1-02\.mp3 and copy\.mp3 are both track 2 of disc 1/)
      const text = await postFiles("/admin/music/albums/from-files", [a, { name: "readme.flac", bytes: Buffer.from("not audio at all") }])
      expect(text.status).toBe(415)
      expect(text.data.message).toMatch(/readme\.flac is not an audio file/)
      expect((await postFiles("/admin/music/albums/from-files", [])).status).toBe(400)
      const unknown = await postFiles("/admin/music/albums/from-files", [a], { colour: "blue" })
      expect(unknown.status).toBe(400)
      expect(unknown.data.message).toMatch(/colour/)
      const price = await postFiles("/admin/music/albums/from-files", [a], { unit_price: "cheap" })
      expect(price.status).toBe(400)
      expect(price.data.message).toMatch(/unit_price/)
      expect((await music.listAlbums({}, { select: ["id"] })).length).toBe(albumsBefore)
      expect(filesIn(MASTERS_DIR)).toEqual(masters)
      expect(filesIn(WORK_DIR)).toEqual([])
    })

    it("undoes everything when a late step fails: files deleted, artist, album and tracks gone", async () => {
      const container = getContainer()
      const music: MusicModuleService = container.resolve(MUSIC_MODULE)
      const masters = filesIn(MASTERS_DIR)
      const work = path.join(FIXTURES, "compensate.mp3")
      fs.copyFileSync(tone("comp", "mp3", 4, { title: "Doomed" }).file, work)
      const info = await readAudioFile(work)
      // Two tracks claiming the same number and name: the artist, its
      // collection, both masters, their previews, the album and its tracks
      // are made, then the product refuses two identical variants.
      const query = container.resolve(ContainerRegistrationKeys.QUERY)
      const count = async (entity: string) => (await query.graph({ entity, fields: ["id"] })).data.length
      const before = { products: await count("product"), collections: await count("product_collection") }
      const doomed = {
        name: "Doomed", track_number: 1, composer: null, genre: null, milliseconds: info.duration_ms, bytes: 1,
        work_path: work, stored_name: "doomed.mp3", content_type: "audio/mpeg", format: "mp3" as const,
        metadata: { ...info, size: 1, filename: "doomed.mp3" },
      }
      const { errors } = await createAlbumFromFilesWorkflow(container).run({
        input: { artist: "Nobody Remembers", title: "Lost Session", tracks: [doomed, doomed] },
        throwOnError: false,
      })
      expect(errors.length).toBeGreaterThan(0)
      // It failed late: making the product, after the album and its tracks.
      expect(errors.map((e: any) => `${e.action}: ${e.error?.message}`).join()).toMatch(/create-albums-as-step: Product option value .* already exists/)
      expect({ products: await count("product"), collections: await count("product_collection") }).toEqual(before)
      expect(filesIn(MASTERS_DIR)).toEqual(masters)
      expect(await music.listArtists({ name: "Nobody Remembers" })).toHaveLength(0)
      expect(await music.listAlbums({ title: "Lost Session" })).toHaveLength(0)
      expect(await music.listTracks({ name: "Doomed" })).toHaveLength(0)
    })
  })
}
