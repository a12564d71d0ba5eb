import os from "node:os"
import path from "node:path"
import type { MedusaSuiteOptions } from "@medusajs/test-utils"
import type { Browser, Page } from "playwright-core"
import { MUSIC_MODULE } from "../../../src/modules/music"
import type MusicModuleService from "../../../src/modules/music/service"
import { ensureStoreSetup, type StoreSetup } from "../../../src/lib/store-setup"
import { createTestAlbums, productHandles } from "../../helpers/catalogue"
import { assertChromium, freePort, startStorefront, type StorefrontServer } from "../storefront-server"
import { closeShop, fixBackendPort, newPage as openPage, openShop } from "../support/shop"

const SCREENSHOT_DIR = process.env.E2E_SCREENSHOT_DIR || os.tmpdir()

// AC/DC's tracks are given out of order, with explicit track numbers: the
// album page must list them by track number, not in the order they were created.
const ACDC_TRACKS = [
  [5, "Problem Child"],
  [1, "Go Down"],
  [8, "Whole Lotta Rosie"],
  [3, "Let There Be Rock"],
  [2, "Dog Eat Dog"],
  [7, "Hell Ain't A Bad Place To Be"],
  [4, "Bad Boy Boogie"],
  [6, "Overdose"],
] as const

// 24 one-track albums whose titles sort between the two real ones, so that
// at 24 albums a page "Warner 25 Anos" is the last album, on page 2.
const SAMPLERS = Array.from({ length: 24 }, (_, i) => `Sampler Vol. ${String(i + 1).padStart(2, "0")}`)

// Covers are stored with absolute URLs on MEDUSA_BACKEND_URL: the browser loads them from this port.
const BACKEND_PORT = fixBackendPort()

export default function storefrontSuite({ api, getContainer }: MedusaSuiteOptions) {
  let setup: StoreSetup
  let storefront: StorefrontServer | undefined
  let browser: Browser | undefined
  let handles: Record<string, string>

  beforeAll(async () => {
    assertChromium()
    const container = getContainer()
    setup = await ensureStoreSetup(container)

    const music: MusicModuleService = container.resolve(MUSIC_MODULE)
    const jobim = await music.createArtists({ name: "Antônio Carlos Jobim" })
    const acdc = await music.createArtists({ name: "AC/DC" })
    const various = await music.createArtists({ name: "Various Artists" })
    const track = (name: string, unit_price: number, track_number?: number) => ({
      name,
      unit_price,
      milliseconds: 200_000,
      ...(track_number ? { track_number } : {}),
    })

    const albums = await createTestAlbums(container, {
      albums: [
        {
          title: "Warner 25 Anos",
          artist_id: jobim.id,
          album_price: 2.99,
          tracks: [track("Desafinado", 0.99), track("Garota De Ipanema", 1.99), track("Água de Beber", 0.99)],
        },
        {
          title: "Let There Be Rock",
          artist_id: acdc.id,
          album_price: 6.99,
          tracks: ACDC_TRACKS.map(([n, name]) => track(name, 0.99, n)),
        },
        ...SAMPLERS.map((title) => ({
          title,
          artist_id: various.id,
          tracks: [track(`${title} Theme`, 0.99)],
        })),
      ],
    })
    handles = await productHandles(container, albums)

    ;({ storefront, browser } = await openShop(api, setup))
  })

  afterAll(() => closeShop({ browser, storefront }))

  const newPage = (viewport?: { width: number; height: number }) => openPage(browser!, viewport)

  const cardTitles = (page: Page) => page.locator("main article h2").allInnerTexts()
  const cardText = (page: Page, title: string) =>
    page.locator("main article").filter({ has: page.getByRole("link", { name: title, exact: true }) }).innerText()

  it("lists the albums by title with artist and full-album price, a page at a time", async () => {
    const page = await newPage()
    try {
      const res = await page.goto(`${storefront!.url}/`)
      expect(res!.status()).toBe(200)
      await expect(page.title()).resolves.toBe("Chinook Records")
      // From the home page to the whole catalogue.
      await page.getByRole("link", { name: "Browse all albums" }).click()
      await page.waitForURL((url) => url.pathname === "/albums")
      await expect(page.title()).resolves.toBe("All albums · Chinook Records")
      await expect(page.getByRole("banner").innerText()).resolves.toContain("Chinook Records")
      await expect(page.getByRole("heading", { level: 1 }).innerText()).resolves.toBe("Albums")
      await expect(page.locator("main").innerText()).resolves.toMatch(/Showing\s+1–24\s+of\s+26\s+albums/)

      expect(await cardTitles(page)).toEqual(["Let There Be Rock", ...SAMPLERS.slice(0, 23)])
      const acdc = await cardText(page, "Let There Be Rock")
      expect(acdc).toContain("AC/DC")
      expect(acdc).toContain("8 tracks")
      expect(acdc).toContain("$6.99")
      // Every album got a generated cover from the File Module; none is a broken image.
      const covers = page.locator("main article img")
      expect(await covers.count()).toBe(24)
      for (const img of await covers.all()) await img.scrollIntoViewIfNeeded()
      await page.waitForFunction(() => [...document.images].every((i) => i.complete))
      const broken = await page.$$eval("img", (imgs) => imgs.filter((i) => i.naturalWidth === 0).length)
      expect(broken).toBe(0)
      expect(await covers.first().getAttribute("src")).toMatch(new RegExp(`^http://localhost:${BACKEND_PORT}/static/.*\\.svg$`))
      await page.screenshot({ path: path.join(SCREENSHOT_DIR, "chinook-storefront-home.png"), fullPage: true })

      await page.getByRole("navigation", { name: "Pagination" }).getByRole("link", { name: "Next" }).click()
      await page.waitForURL(/\/albums\?page=2$/)
      await expect(page.locator("main").innerText()).resolves.toMatch(/Showing\s+25–26\s+of\s+26\s+albums/)
      expect(await cardTitles(page)).toEqual(["Sampler Vol. 24", "Warner 25 Anos"])
      const jobim = await cardText(page, "Warner 25 Anos")
      expect(jobim).toContain("Antônio Carlos Jobim")
      expect(jobim).toContain("$2.99")

      await page.getByRole("link", { name: "Previous" }).click()
      await page.waitForURL((url) => url.pathname === "/albums" && !url.search)
      expect((await cardTitles(page))[0]).toBe("Let There Be Rock")
    } finally {
      await page.context().close()
    }
  })

  it("opens an album from the home page and shows its tracks in order with prices", async () => {
    const page = await newPage()
    try {
      await page.goto(`${storefront!.url}/albums?page=2`)
      await page.getByRole("link", { name: "Warner 25 Anos", exact: true }).click()
      await page.waitForURL(`**/albums/${handles["Warner 25 Anos"]}`)

      await expect(page.getByRole("heading", { level: 1 }).innerText()).resolves.toBe("Warner 25 Anos")
      await expect(titleOf(page, "Warner 25 Anos by Antônio Carlos Jobim · Chinook Records")).resolves.toBe(
        "Warner 25 Anos by Antônio Carlos Jobim · Chinook Records"
      )
      const main = await page.locator("main").innerText()
      expect(main).toContain("by Antônio Carlos Jobim")
      expect(main).toMatch(/Full album\s+\$2\.99/)
      expect(main).toContain("Save $0.98")
      expect(await page.getByRole("img", { name: "Cover of Warner 25 Anos by Antônio Carlos Jobim" }).count()).toBe(1)
      expect(await trackRows(page)).toEqual([
        ["1", "Desafinado", "$0.99"],
        ["2", "Garota De Ipanema", "$1.99"],
        ["3", "Água de Beber", "$0.99"],
      ])
      await page.screenshot({ path: path.join(SCREENSHOT_DIR, "chinook-storefront-album.png"), fullPage: true })

      await page.getByRole("link", { name: "All albums" }).click()
      await page.waitForURL((url) => url.pathname === "/albums")
      await expect(page.getByRole("heading", { level: 1 }).innerText()).resolves.toBe("Albums")
    } finally {
      await page.context().close()
    }
  })

  it("orders tracks by track number, not by the order they were created in", async () => {
    const page = await newPage({ width: 390, height: 844 })
    try {
      await page.goto(`${storefront!.url}/albums`)
      await page.getByRole("link", { name: "Let There Be Rock", exact: true }).click()
      await page.waitForURL(`**/albums/${handles["Let There Be Rock"]}`)
      await expect(page.getByRole("heading", { level: 1 }).innerText()).resolves.toBe("Let There Be Rock")
      expect(await page.locator("main").innerText()).toMatch(/Full album\s+\$6\.99/)
      const expected = [...ACDC_TRACKS].sort((a, b) => a[0] - b[0]).map(([n, name]) => [String(n), name, "$0.99"])
      expect(await trackRows(page)).toEqual(expected)
      await page.screenshot({ path: path.join(SCREENSHOT_DIR, "chinook-storefront-album-phone.png"), fullPage: true })
    } finally {
      await page.context().close()
    }
  })

  it("answers an unknown album with a friendly 404 page", async () => {
    const page = await newPage()
    try {
      const res = await page.goto(`${storefront!.url}/albums/no-such-album`)
      expect(res!.status()).toBe(404)
      await expect(page.getByRole("heading", { level: 1 }).innerText()).resolves.toBe("We couldn't find that page")
      await expect(page.getByRole("link", { name: "Browse all albums" }).count()).resolves.toBe(1)
    } finally {
      await page.context().close()
    }
  })

  it("says what to set when the publishable key is missing, and when the backend is down", async () => {
    const noKey = await startStorefront({ MEDUSA_BACKEND_URL: api.defaults.baseURL })
    const down = await startStorefront({
      // A port that was just free: no backend there.
      MEDUSA_BACKEND_URL: `http://127.0.0.1:${await freePort()}`,
      MEDUSA_PUBLISHABLE_KEY: setup.publishable_key,
    })
    const page = await newPage()
    try {
      await page.goto(`${noKey.url}/`)
      await expect(page.getByRole("heading", { level: 1 }).innerText()).resolves.toBe("The store is not configured yet")
      const text = await page.locator("main").innerText()
      expect(text).toContain("MEDUSA_PUBLISHABLE_KEY")
      expect(text).toContain("npm start")

      await page.goto(`${down.url}/`)
      await expect(page.getByRole("heading", { level: 1 }).innerText()).resolves.toBe(
        "The store is unreachable right now"
      )
      const error = await page.locator("main").innerText()
      expect(error).not.toMatch(/ECONNREFUSED|fetch failed|at \w+ \(/)
      await expect(page.getByRole("button", { name: "Try again" }).count()).resolves.toBe(1)
    } finally {
      await page.context().close()
      await noKey.stop()
      await down.stop()
    }
  })

  /** The document title once it is `expected` (metadata streams in after client navigation), or after 5 s. */
  async function titleOf(page: Page, expected: string) {
    await page.waitForFunction((t) => document.title === t, expected, { timeout: 5000 }).catch(() => {})
    return page.title()
  }

  /** Each track row as [number, title, price]; the rows also hold a play button, composer and length. */
  async function trackRows(page: Page) {
    return page.$$eval("main table tbody tr", (rows) =>
      rows.map((r) =>
        ['[data-col="number"]', '[data-col="title"] > span', '[data-col="price"]'].map(
          (sel) => (r.querySelector(sel) as HTMLElement | null)?.innerText.trim() ?? ""
        )
      )
    )
  }
}
