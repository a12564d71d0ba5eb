import { album, ALBUMS_PER_SCALE, albumId, artist, ARTISTS_PER_SCALE, trackId } from "../names"

describe("synthetic catalogue names", () => {
  it("gives the same record for the same index, whatever else was generated", () => {
    const first = album(1234)
    for (let j = 0; j < 50; j++) album(j)
    expect(album(1234)).toEqual(first)
    expect(artist(42)).toEqual(artist(42))
  })

  it("keeps each album's artist in the same copy of the catalogue, so a smaller scale is a prefix of a larger one", () => {
    for (let j = 0; j < 3 * ALBUMS_PER_SCALE; j += 7) {
      const copy = Math.floor(j / ALBUMS_PER_SCALE)
      expect(Math.floor(album(j).artist.index / ARTISTS_PER_SCALE)).toBe(copy)
    }
  })

  it("has about Chinook's number of tracks per album, numbered from 1", () => {
    let tracks = 0
    for (let j = 0; j < 10 * ALBUMS_PER_SCALE; j++) {
      const a = album(j)
      expect(a.tracks.map((t) => t.track_number)).toEqual(a.tracks.map((_, i) => i + 1))
      tracks += a.tracks.length
    }
    // Chinook: 3,503 tracks on 347 albums.
    expect(tracks / (10 * ALBUMS_PER_SCALE)).toBeGreaterThan(9)
    expect(tracks / (10 * ALBUMS_PER_SCALE)).toBeLessThan(11.5)
  })

  it("mixes accented, multi-word and varied names", () => {
    const names = Array.from({ length: 2000 }, (_, i) => artist(i).name)
    expect(names.some((n) => /[À-ÿĀ-ž]/.test(n))).toBe(true)
    expect(names.filter((n) => n.includes(" ")).length).toBeGreaterThan(1500)
    expect(new Set(names).size).toBeGreaterThan(1600)
  })

  it("marks every id as synthetic, zero-padded so ids sort by index", () => {
    expect(albumId(7)).toBe("alb_syn0000007")
    expect(trackId(7, 3)).toBe("trk_syn0000007_03")
    expect(albumId(9) < albumId(10)).toBe(true)
    expect(album(5).tracks[0].id).toBe(trackId(5, 1))
  })
})
