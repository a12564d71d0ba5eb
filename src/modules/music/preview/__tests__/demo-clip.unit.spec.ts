import { renderDemoClip } from "../demo-clip"

const clip = (seed: string, seconds = 30) => renderDemoClip({ seed, seconds, title: "Go Down", artist: "AC/DC", genre: "Rock" })

describe("renderDemoClip", () => {
  it("is a 16-bit mono PCM WAV of the asked length", () => {
    const wav = clip("trk_1", 30)
    expect(wav.toString("ascii", 0, 4)).toBe("RIFF")
    expect(wav.readUInt32LE(4)).toBe(wav.length - 8)
    expect(wav.toString("ascii", 8, 12)).toBe("WAVE")
    expect(wav.readUInt16LE(20)).toBe(1) // PCM
    expect(wav.readUInt16LE(22)).toBe(1) // mono
    const rate = wav.readUInt32LE(24)
    const data = wav.indexOf("data", 36, "ascii")
    const bytes = wav.readUInt32LE(data + 4)
    expect(bytes / 2 / rate).toBeCloseTo(30, 2)
    expect(data + 8 + bytes).toBe(wav.length)
  })

  it("says in its tags that it is a demo clip", () => {
    const text = clip("trk_1", 5).toString("utf8", 0, 400)
    expect(text).toContain("Go Down (demo clip)")
    expect(text).toContain("no recording of this track")
  })

  it("is the same for a track every time and differs between tracks", () => {
    expect(clip("trk_1", 5).equals(clip("trk_1", 5))).toBe(true)
    expect(clip("trk_1", 5).equals(clip("trk_2", 5))).toBe(false)
  })

  it("is audible and never clips", () => {
    const wav = clip("trk_3", 10)
    const data = wav.indexOf("data", 36, "ascii") + 8
    let peak = 0
    let energy = 0
    for (let i = data; i < wav.length; i += 2) {
      const v = Math.abs(wav.readInt16LE(i))
      peak = Math.max(peak, v)
      energy += v
    }
    expect(peak).toBeLessThan(32767)
    expect(energy / ((wav.length - data) / 2)).toBeGreaterThan(1000)
  })
})
