import { albumCoverSvg, initialsOf } from "../cover-art"

describe("albumCoverSvg", () => {
  it("draws the same cover for the same album, and another for another album", () => {
    const a = albumCoverSvg("AC/DC", "Let There Be Rock")
    expect(albumCoverSvg("AC/DC", "Let There Be Rock")).toBe(a)
    expect(albumCoverSvg("AC/DC", "Back In Black")).not.toBe(a)
    expect(a).toMatch(/^<svg xmlns="http:\/\/www.w3.org\/2000\/svg"/)
    expect(a).toContain(">LT<") // the first two words that are not articles
  })

  it("escapes what XML would misread", () => {
    const svg = albumCoverSvg("Simon & Garfunkel", "<Bookends>")
    expect(svg).toContain("SIMON &amp; GARFUNKEL")
    expect(svg).not.toContain("<Bookends>")
  })

  it("takes initials from meaningful words, without accents", () => {
    expect(initialsOf("Warner 25 Anos")).toBe("WA")
    expect(initialsOf("The Best Of")).toBe("B")
    expect(initialsOf("Ópera do Malandro")).toBe("OM")
    expect(initialsOf("1997")).toBe("1")
  })
})
