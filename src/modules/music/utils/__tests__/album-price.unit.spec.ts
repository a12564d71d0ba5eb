import { fullAlbumPrice } from "../album-price"

describe("fullAlbumPrice", () => {
  it("takes 20% off the tracks and rounds up to .99", () => {
    expect(fullAlbumPrice(Array(10).fill(0.99))).toBe(7.99) // 9.90 * 0.8 = 7.92
    expect(fullAlbumPrice(Array(14).fill(0.99))).toBe(11.99) // 13.86 * 0.8 = 11.088
  })

  it("never costs more than buying every track", () => {
    expect(fullAlbumPrice([0.99, 0.99])).toBe(1.98)
    expect(fullAlbumPrice([0.99])).toBe(0.99)
  })

  it("never costs less than the dearest track", () => {
    expect(fullAlbumPrice([1.99])).toBe(1.99)
  })

  it("handles mixed prices without float drift", () => {
    expect(fullAlbumPrice([1.99, 1.99, 1.99, 0.99])).toBe(5.99) // 6.96 * 0.8 = 5.568
  })

  it("is zero for an album without tracks", () => {
    expect(fullAlbumPrice([])).toBe(0)
  })
})
