import { renderDemoClip } from "../demo-clip"
import { RenderPool, RenderQueueFullError } from "../render-pool"

jest.setTimeout(60_000)

const input = (seed: string, seconds = 30) => ({ seed, seconds, title: "Tóquio", genre: "Rock" })

describe("RenderPool", () => {
  let pool: RenderPool
  afterEach(() => pool?.close())

  it("renders the same bytes as the pure renderer, on another thread", async () => {
    pool = new RenderPool({ size: 1, maxQueue: 4 })
    const clip = await pool.render("a", input("trk_a", 5))
    expect(clip.equals(renderDemoClip(input("trk_a", 5)))).toBe(true)
    expect(pool.stats()).toMatchObject({ threads: 1, renders: 1, busy: 0, waiting: 0 })
  })

  it("shares one render between identical concurrent requests", async () => {
    pool = new RenderPool({ size: 1, maxQueue: 1 })
    const first = pool.render("a", input("trk_a", 5))
    const again = pool.render("a", input("trk_a", 5))
    // The duplicate took no place in the line: "b" still fits.
    const other = pool.render("b", input("trk_b", 5))
    expect(again).toBe(first)
    const [a, a2, b] = await Promise.all([first, again, other])
    expect(a2).toBe(a)
    expect(b.equals(a)).toBe(false)
    expect(pool.stats().renders).toBe(2)
  })

  it("refuses renders beyond its threads and bounded line, then takes more once it drains", async () => {
    pool = new RenderPool({ size: 1, maxQueue: 2 })
    const accepted = ["a", "b", "c"].map((k) => pool.render(k, input(`trk_${k}`, 5)))
    expect(pool.stats()).toMatchObject({ busy: 1, waiting: 2 })
    const refused = await pool.render("d", input("trk_d", 5)).catch((e) => e)
    expect(refused).toBeInstanceOf(RenderQueueFullError)
    expect(refused.retryAfterSeconds).toBeGreaterThanOrEqual(1)
    expect(refused.message).toMatch(/try again/)
    await Promise.all(accepted)
    await expect(pool.render("d", input("trk_d", 5))).resolves.toBeInstanceOf(Buffer)
    expect(pool.stats().renders).toBe(4)
  })

  it("keeps the event loop free while it renders", async () => {
    pool = new RenderPool({ size: 1, maxQueue: 8 })
    await pool.render("warm", input("trk_warm", 1))
    const t0 = performance.now()
    await pool.render("one", input("trk_one"))
    const oneRender = performance.now() - t0

    let last = performance.now()
    let worstGap = 0
    const timer = setInterval(() => {
      const now = performance.now()
      worstGap = Math.max(worstGap, now - last)
      last = now
    }, 2)
    await Promise.all(["a", "b", "c", "d"].map((k) => pool.render(k, input(`trk_${k}`))))
    // Let the timer see the end of any stall before it stops.
    await new Promise((r) => setTimeout(r, 10))
    clearInterval(timer)
    // Rendered on the loop, each clip would stall it for a whole render.
    expect(worstGap).toBeLessThan(oneRender / 2)
  })

  it("passes a failed render on to its caller and stays usable", async () => {
    pool = new RenderPool({ size: 1, maxQueue: 1 })
    await expect(pool.render("bad", input("trk_bad", -5))).rejects.toThrow(/Rendering the preview failed/)
    await expect(pool.render("good", input("trk_good", 1))).resolves.toBeInstanceOf(Buffer)
  })
})
