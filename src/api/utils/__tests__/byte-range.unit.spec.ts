import { parseByteRange } from "../byte-range"

describe("parseByteRange", () => {
  it("serves the whole body without a usable header", () => {
    expect(parseByteRange(undefined, 100)).toBeUndefined()
    expect(parseByteRange("items=0-5", 100)).toBeUndefined()
    expect(parseByteRange("bytes=-", 100)).toBeUndefined()
    expect(parseByteRange("bytes=0-5,10-20", 100)).toBeUndefined()
    expect(parseByteRange("bytes=9-3", 100)).toBeUndefined()
  })

  it("reads open, closed and suffix ranges", () => {
    expect(parseByteRange("bytes=0-", 100)).toEqual({ start: 0, end: 99 })
    expect(parseByteRange("bytes=10-19", 100)).toEqual({ start: 10, end: 19 })
    expect(parseByteRange("bytes=90-1000", 100)).toEqual({ start: 90, end: 99 })
    expect(parseByteRange("bytes=-10", 100)).toEqual({ start: 90, end: 99 })
    expect(parseByteRange("bytes=-500", 100)).toEqual({ start: 0, end: 99 })
  })

  it("refuses ranges past the end", () => {
    expect(parseByteRange("bytes=100-", 100)).toBe("unsatisfiable")
    expect(parseByteRange("bytes=-0", 100)).toBe("unsatisfiable")
  })
})
