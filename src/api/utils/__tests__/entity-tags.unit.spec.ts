import { ifNoneMatchMatches, ifRangeAllowsRange, parseEntityTagList } from "../entity-tags"

const current = `"trk_1-v1-30s"`

describe("If-None-Match (weak comparison)", () => {
  it("matches the tag itself, its weak form, and any member of a list", () => {
    expect(ifNoneMatchMatches(current, current)).toBe(true)
    expect(ifNoneMatchMatches(`W/${current}`, current)).toBe(true)
    expect(ifNoneMatchMatches(`"a", W/"b", ${current}`, current)).toBe(true)
    expect(ifNoneMatchMatches(`"a",W/${current}`, current)).toBe(true)
    expect(ifNoneMatchMatches(`"a", ,${current} ,`, current)).toBe(true)
    // Node joins repeated headers; a list split over two lines still counts.
    expect(ifNoneMatchMatches([`"a"`, current], current)).toBe(true)
  })

  it("matches * whenever the representation exists", () => {
    expect(ifNoneMatchMatches("*", current)).toBe(true)
    expect(ifNoneMatchMatches(" * ", current)).toBe(true)
  })

  it("does not match other tags, unquoted or malformed values", () => {
    expect(ifNoneMatchMatches(undefined, current)).toBe(false)
    expect(ifNoneMatchMatches("", current)).toBe(false)
    expect(ifNoneMatchMatches(`"trk_2-v1-30s", W/"x"`, current)).toBe(false)
    expect(ifNoneMatchMatches("trk_1-v1-30s", current)).toBe(false)
    expect(ifNoneMatchMatches(`w/${current}`, current)).toBe(false)
    expect(ifNoneMatchMatches(`"trk_1-v1-30s`, current)).toBe(false)
    expect(ifNoneMatchMatches(`${current} junk`, current)).toBe(false)
  })

  it("keeps commas inside a tag as part of it", () => {
    expect(parseEntityTagList(`"a,b", W/"c"`)).toEqual([
      { weak: false, opaque: `"a,b"` },
      { weak: true, opaque: `"c"` },
    ])
    expect(ifNoneMatchMatches(`"a,b"`, `"a,b"`)).toBe(true)
    expect(ifNoneMatchMatches(`"a,b"`, `"a"`)).toBe(false)
  })
})

describe("If-Range (strong comparison)", () => {
  it("allows the range without If-Range or with the current strong tag", () => {
    expect(ifRangeAllowsRange(undefined, current)).toBe(true)
    expect(ifRangeAllowsRange(current, current)).toBe(true)
    expect(ifRangeAllowsRange(` ${current} `, current)).toBe(true)
  })

  it("sends everything for a weak tag, another tag, a list or a date", () => {
    expect(ifRangeAllowsRange(`W/${current}`, current)).toBe(false)
    expect(ifRangeAllowsRange(`"trk_2-v1-30s"`, current)).toBe(false)
    expect(ifRangeAllowsRange(`${current}, "a"`, current)).toBe(false)
    expect(ifRangeAllowsRange("Wed, 21 Oct 2015 07:28:00 GMT", current)).toBe(false)
    expect(ifRangeAllowsRange("*", current)).toBe(false)
  })
})
