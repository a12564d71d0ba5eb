import { prefixTsQuery, searchWords, significantLength } from "../search-terms"

describe("searchWords", () => {
  it("folds accents and case and splits at anything but letters and digits", () => {
    expect(searchWords("Antônio Carlos JOBIM")).toEqual(["antonio", "carlos", "jobim"])
    expect(searchWords("AC/DC")).toEqual(["ac", "dc"])
    expect(searchWords("Guns N' Roses")).toEqual(["guns", "n", "roses"])
    expect(searchWords("Motörhead – Ace of Spades")).toEqual(["motorhead", "ace", "of", "spades"])
  })

  it("keeps at most twelve words", () => {
    expect(searchWords("a b c d e f g h i j k l m n")).toHaveLength(12)
  })
})

describe("prefixTsQuery", () => {
  it("matches every word as a prefix", () => {
    expect(prefixTsQuery("metalli")).toBe("'metalli':*")
  })

  it("also matches several words run together, as a name squashed to letters and digits", () => {
    expect(prefixTsQuery("AC/DC")).toBe("('ac':* & 'dc':*) | 'acdc':*")
    expect(prefixTsQuery("guns n roses")).toBe("('guns':* & 'n':* & 'roses':*) | 'gunsnroses':*")
  })

  it("restricts every lexeme to the weights given", () => {
    expect(prefixTsQuery("ac dc", "A")).toBe("('ac':*A & 'dc':*A) | 'acdc':*A")
  })

  it("lets nothing through that tsquery would read as syntax", () => {
    expect(prefixTsQuery("a' | b:* & !c (d)")).toBe("('a':* & 'b':* & 'c':* & 'd':*) | 'abcd':*")
    expect(prefixTsQuery("%_'\":*&|!()")).toBe("")
  })
})

describe("significantLength", () => {
  it("counts letters and digits only", () => {
    expect(significantLength("a/c")).toBe(2)
    expect(significantLength("acdc")).toBe(4)
    expect(significantLength("%_'")).toBe(0)
  })
})
