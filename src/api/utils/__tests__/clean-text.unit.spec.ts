import { decodeStrict, isCleanText } from "../clean-text"

describe("clean text", () => {
  it("accepts names in any script", () => {
    for (const name of ["Antônio Carlos Jobim", "AC/DC", "Motörhead", "東京", "🎸 riff"]) {
      expect(isCleanText(name)).toBe(true)
      expect(decodeStrict(encodeURIComponent(name))).toBe(name)
    }
    expect(decodeStrict("iron+maiden")).toBe("iron maiden")
    expect(decodeStrict("100%")).toBe("100%")
  })

  it("refuses NUL, invalid UTF-8, lone surrogates and replacement characters", () => {
    for (const raw of ["a%00b", "%ff", "%c3%28", "%ed%a0%80", "%e2%82", "%ef%bf%bd"]) expect(decodeStrict(raw)).toBeNull()
    expect(isCleanText("a\u0000b")).toBe(false)
    expect(isCleanText("\uD800")).toBe(false)
    expect(isCleanText("\uFFFD")).toBe(false)
  })
})
