import { changedAmount, sameCents } from "../price-change"

describe("changedAmount", () => {
  it("sets an amount, rounded to the cent, never below zero", () => {
    expect(changedAmount(0.99, { mode: "set", value: 1.29 })).toBe(1.29)
    expect(changedAmount(null, { mode: "set", value: 1.295 })).toBe(1.3)
    expect(changedAmount(0.99, { mode: "set", value: -1 })).toBe(0)
  })

  it("changes by a percentage, rounding half up to the cent", () => {
    expect(changedAmount(0.99, { mode: "percent", value: 10 })).toBe(1.09) // 1.089
    expect(changedAmount(1.99, { mode: "percent", value: -50 })).toBe(1) // 0.995
    expect(changedAmount(8.91, { mode: "percent", value: 12.5 })).toBe(10.02) // 10.02375
    expect(changedAmount(0.99, { mode: "percent", value: -100 })).toBe(0)
    expect(changedAmount(0.99, { mode: "percent", value: -150 })).toBe(0)
  })

  it("changes by an amount, never below zero", () => {
    expect(changedAmount(0.99, { mode: "amount", value: 0.3 })).toBe(1.29)
    expect(changedAmount(0.99, { mode: "amount", value: -0.5 })).toBe(0.49)
    expect(changedAmount(0.99, { mode: "amount", value: -5 })).toBe(0)
  })

  it("cannot change a price that does not exist, except by setting it", () => {
    expect(changedAmount(null, { mode: "percent", value: 10 })).toBeNull()
    expect(changedAmount(null, { mode: "amount", value: 1 })).toBeNull()
  })

  it("compares amounts to the cent", () => {
    expect(sameCents(0.1 + 0.2, 0.3)).toBe(true)
    expect(sameCents(0.99, 1)).toBe(false)
    expect(sameCents(null, 0)).toBe(false)
  })
})
