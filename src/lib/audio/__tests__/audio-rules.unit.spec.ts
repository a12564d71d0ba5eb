import { AlbumPlanError, planAlbum, type ReadFile } from "../album-plan"
import { previewWindow } from "../ffmpeg"
import { imageTypeOf } from "../image-type"
import { cleanTag, formatOf, repairLatin1, type AudioInfo } from "../metadata"
import { byteSize } from "../work-files"

function file(filename: string, tags: Partial<AudioInfo["tags"]>, duration_ms = 1000): ReadFile {
  const none = { title: null, artist: null, album_artist: null, album: null, track_number: null, track_total: null, disc_number: null, genre: null, composer: null }
  return {
    filename,
    size: 1,
    info: { format: "mp3", container: "MPEG", codec: "MPEG 1 Layer 3", lossless: false, duration_ms, bitrate: 320_000, sample_rate: 44_100, channels: 2, tags: { ...none, ...tags } },
  }
}

describe("album plan from tags", () => {
  const album = { album: "Kind of Blue", artist: "Miles Davis" }

  it("orders by disc, then track number, files without a number last in upload order, numbered from 1", () => {
    const plan = planAlbum([
      file("b.mp3", { ...album, title: "Bonus", disc_number: 2, track_number: 1 }),
      file("x.mp3", { ...album }),
      file("2.mp3", { ...album, title: "Freddie Freeloader", track_number: 2 }),
      file("1.mp3", { ...album, title: "So What", track_number: 1, disc_number: 1 }),
      file("y.mp3", { ...album, title: "Untagged Two" }),
    ])
    expect(plan).toMatchObject({ artist: "Miles Davis", title: "Kind of Blue" })
    expect(plan.tracks.map((t) => [t.track_number, t.name])).toEqual([
      [1, "So What"],
      [2, "Freddie Freeloader"],
      [3, "x"],
      [4, "Untagged Two"],
      [5, "Bonus"],
    ])
  })

  it("takes the album artist most files carry over track artists, and staff's artist and title over both", () => {
    const files = [
      file("1.mp3", { album: "Duets", artist: "A & B", album_artist: "Various", track_number: 1 }),
      file("2.mp3", { album: "Duets", artist: "C & D", album_artist: "Various", track_number: 2 }),
    ]
    expect(planAlbum(files).artist).toBe("Various")
    expect(planAlbum(files, { artist: "Someone", title: "Else" })).toMatchObject({ artist: "Someone", title: "Else" })
  })

  it("refuses files of several albums, duplicate numbers, and files without artist or album, naming the field", () => {
    const plan = (files: ReadFile[]) => () => planAlbum(files)
    expect(plan([file("a.mp3", { ...album }), file("b.mp3", { album: "Other", artist: "Miles Davis" })])).toThrow(/^title: the files name different albums: "Kind of Blue" \(a\.mp3\); "Other" \(b\.mp3\)/)
    expect(plan([file("a.mp3", { ...album, track_number: 1 }), file("b.mp3", { ...album, track_number: 1 })])).toThrow(/^files: a\.mp3 and b\.mp3 are both track 1 of disc 1/)
    expect(plan([file("a.mp3", { album: "X" })])).toThrow(/^artist:/)
    expect(plan([file("a.mp3", { artist: "X" })])).toThrow(/^title:/)
    expect(plan([])).toThrow(AlbumPlanError)
  })
})

describe("audio formats and tags", () => {
  it("knows the accepted formats from container and codec, never the file name", () => {
    expect(formatOf("MPEG", "MPEG 1 Layer 3")).toBe("mp3")
    expect(formatOf("MPEG", "MPEG 1 Layer 2")).toBeUndefined()
    expect(formatOf("FLAC", "FLAC")).toBe("flac")
    expect(formatOf("M4A/isom/iso2", "MPEG-4/AAC")).toBe("m4a")
    expect(formatOf("M4A/M4A /isom", "ALAC")).toBeUndefined()
    expect(formatOf("ADTS", "AAC")).toBe("aac")
    expect(formatOf("WAVE", "PCM")).toBe("wav")
    expect(formatOf("Ogg", "Vorbis I")).toBeUndefined()
  })

  it("keeps tag text the database can store, and repairs UTF-8 read as Latin-1", () => {
    expect(cleanTag(" So\u0000 What \n")).toBe("So What")
    expect(cleanTag(["Rock", "", "Pop"])).toBe("Rock, Pop")
    expect(cleanTag("   ")).toBeNull()
    expect(cleanTag(42)).toBeNull()
    expect(cleanTag("x".repeat(400))).toHaveLength(300)
    expect(repairLatin1("Ã\u0081guas de MarÃ§o")).toBe("Águas de Março")
    // Real Latin-1 text that is not UTF-8 stays as it is.
    expect(repairLatin1("Café")).toBe("Café")
  })

  it("previews from a third of the way in, or the last 30 s, or the whole of a short recording", () => {
    expect(previewWindow(300_000)).toEqual({ start: 100, length: 30 })
    expect(previewWindow(40_000)).toEqual({ start: 10, length: 30 })
    expect(previewWindow(30_000)).toEqual({ start: 0, length: 30 })
    expect(previewWindow(5_000)).toEqual({ start: 0, length: 5 })
  })
})

describe("cover images and sizes", () => {
  it("knows JPEG, PNG and WebP by their first bytes, nothing else", () => {
    expect(imageTypeOf(Buffer.from([0xff, 0xd8, 0xff, 0xe0]))).toBe("image/jpeg")
    expect(imageTypeOf(Buffer.from("89504e470d0a1a0a0000", "hex"))).toBe("image/png")
    expect(imageTypeOf(Buffer.from("RIFF\x00\x00\x00\x00WEBPVP8 ", "latin1"))).toBe("image/webp")
    expect(imageTypeOf(Buffer.from("RIFF\x00\x00\x00\x00WAVEfmt ", "latin1"))).toBeUndefined()
    expect(imageTypeOf(Buffer.from("<svg xmlns="))).toBeUndefined()
    expect(imageTypeOf(Buffer.from("GIF89a"))).toBeUndefined()
  })

  it("reads sizes in bytes or with a unit, and refuses anything else naming the variable", () => {
    expect(byteSize({}, "COVER_MAX_BYTES", 7)).toBe(7)
    expect(byteSize({ COVER_MAX_BYTES: "10MB" }, "COVER_MAX_BYTES", 7)).toBe(10 * 1024 * 1024)
    expect(byteSize({ COVER_MAX_BYTES: "512" }, "COVER_MAX_BYTES", 7)).toBe(512)
    expect(() => byteSize({ COVER_MAX_BYTES: "ten" }, "COVER_MAX_BYTES", 7)).toThrow(/COVER_MAX_BYTES/)
  })
})
