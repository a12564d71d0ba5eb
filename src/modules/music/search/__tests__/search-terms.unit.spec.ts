import { prefixTsQuery } from "../search-terms"

describe("prefixTsQuery", () => {
  it("folds accents and case and matches every word as a prefix", () => {
    expect(prefixTsQuery("Antônio Carlos JOBIM")).toBe("'antonio':* & 'carlos':* & 'jobim':*")
    expect(prefixTsQuery("AC/DC")).toBe("'ac':* & 'dc':*")
  })

  it("lets nothing through that tsquery would read as syntax", () => {
    expect(prefixTsQuery("a' | b:* & !c (d)")).toBe("'a':* & 'b':* & 'c':* & 'd':*")
    expect(prefixTsQuery("%_'\":*&|!()")).toBe("")
  })
})
