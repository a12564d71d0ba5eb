import { TtlCache } from "../ttl-cache"

describe("TtlCache", () => {
  afterEach(() => jest.useRealTimers())

  it("loads once, shares a load between concurrent callers and expires", async () => {
    jest.useFakeTimers({ now: 1_000 })
    const cache = new TtlCache<number>(100)
    let loads = 0
    const load = async () => ++loads
    expect(await Promise.all([cache.get("a", load), cache.get("a", load)])).toEqual([1, 1])
    expect(await cache.get("a", load)).toBe(1)
    jest.setSystemTime(1_200)
    expect(await cache.get("a", load)).toBe(2)
  })

  it("does not keep a failed load", async () => {
    const cache = new TtlCache<string>(1000)
    await expect(cache.get("k", () => Promise.reject(new Error("down")))).rejects.toThrow("down")
    expect(await cache.get("k", async () => "up")).toBe("up")
  })

  it("drops the oldest entries beyond its size", async () => {
    const cache = new TtlCache<string>(60_000, 2)
    for (const k of ["a", "b", "c"]) await cache.get(k, async () => k)
    let reloaded = false
    await cache.get("a", async () => ((reloaded = true), "a"))
    expect(reloaded).toBe(true)
  })

  it("loads only the missing keys of a batch, remembering absent ones", async () => {
    const cache = new TtlCache<string | undefined>(60_000)
    const asked: string[][] = []
    const load = async (keys: string[]) => {
      asked.push(keys)
      return new Map(keys.filter((k) => k !== "gone").map((k) => [k, k.toUpperCase()]))
    }
    expect(Object.fromEntries(await cache.getMany(["a", "b", "gone"], load))).toEqual({ a: "A", b: "B", gone: undefined })
    expect(Object.fromEntries(await cache.getMany(["b", "c", "gone"], load))).toEqual({ b: "B", c: "C", gone: undefined })
    expect(asked).toEqual([["a", "b", "gone"], ["c"]])
  })
})
