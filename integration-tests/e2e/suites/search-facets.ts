import os from "node:os"
import path from "node:path"
import type { MedusaSuiteOptions } from "@medusajs/test-utils"
import type { Browser } from "playwright-core"
import { ensureStoreSetup } from "../../../src/lib/store-setup"
import { createReferenceRecordsWorkflow } from "../../../src/workflows/music/create-reference-records"
import { syncCatalogueVisibilityWorkflow } from "../../../src/workflows/music/sync-catalogue-visibility"
import { createTestAlbums } from "../../helpers/catalogue"
import { assertChromium, type StorefrontServer } from "../storefront-server"
import { closeShop, fixBackendPort, newPage, openShop } from "../support/shop"

// The search results page narrows by genre through its facets, in Debian's
// Chromium, with links that work as plain links.
const SCREENSHOT_DIR = process.env.E2E_SCREENSHOT_DIR || os.tmpdir()

// Covers are stored with absolute URLs on MEDUSA_BACKEND_URL: the browser loads them from this port.
fixBackendPort()

export default function searchFacetsSuite({ api, getContainer }: MedusaSuiteOptions) {
  let storefront: StorefrontServer | undefined
  let browser: Browser | undefined
  let genreIds: Record<string, string>

  beforeAll(async () => {
    assertChromium()
    const container = getContainer()
    const setup = await ensureStoreSetup(container)
    const {
      result: { genres, artists, media_types },
    } = await createReferenceRecordsWorkflow(container).run({
      input: {
        genres: [{ name: "Rock" }, { name: "Blues" }, { name: "Jazz" }],
        media_types: [{ name: "MPEG audio file" }],
        artists: [{ name: "Rocket Riders" }, { name: "Muddy Rock" }, { name: "Miles Davis" }],
      },
    })
    genreIds = Object.fromEntries(genres.map((g) => [g.name, g.id]))
    const artist = (name: string) => artists.find((a) => a.name === name)!.id
    const track = (name: string, genre: string) => ({
      name,
      unit_price: 0.99,
      milliseconds: 200_000,
      genre_id: genreIds[genre],
      media_type_id: media_types[0].id,
    })
    const albums = await createTestAlbums(container, {
      sales_channel_id: setup.sales_channel_id,
      albums: [
        {
          title: "Rock Steady",
          artist_id: artist("Rocket Riders"),
          tracks: [track("Rock All Night", "Rock"), track("Rocking Horse", "Rock"), track("Rock Bottom", "Rock")],
        },
        {
          title: "Delta Rock Blues",
          artist_id: artist("Muddy Rock"),
          tracks: [track("Rock Me Baby", "Blues"), track("Rock Island Line", "Blues")],
        },
        { title: "Kind Of Blue", artist_id: artist("Miles Davis"), tracks: [track("So What", "Jazz")] },
      ],
    })
    // Whatever the album workflow already did, the store shows what its products are published in.
    await syncCatalogueVisibilityWorkflow(container).run({ input: { product_ids: albums.map((a) => a.product_id) } })

    ;({ storefront, browser } = await openShop(api, setup))
  })

  afterAll(() => closeShop({ browser, storefront }))

  it("narrows the results to a genre chosen from the facets, and shows it chosen", async () => {
    const page = await newPage(browser!)
    try {
      await page.goto(`${storefront!.url}/search?q=rock`)
      const trackRows = page.getByRole("table").locator("tbody tr")
      // A row's heading holds the title, then the artist on its own line.
      const trackTitles = async () => (await trackRows.locator("th").allInnerTexts()).map((t) => t.split("\n")[0].trim()).sort()
      // The results stream in after the page's loading state (app/search/loading.tsx).
      await trackRows.first().waitFor()
      expect(await trackRows.count()).toBe(5)

      const genres = page.getByRole("navigation", { name: "Genre" })
      const links = genres.getByRole("link")
      // Most matching tracks first, each with its count.
      expect(await links.allInnerTexts()).toEqual([expect.stringMatching(/Rock\s*3/), expect.stringMatching(/Blues\s*2/)])
      const blues = genres.getByRole("link", { name: /^Blues/ })
      expect(await blues.getAttribute("aria-current")).toBeNull()

      await blues.click()
      await page.waitForURL(/genre_id=/)
      expect(new URL(page.url()).searchParams.getAll("genre_id")).toEqual([genreIds.Blues])
      await page.getByRole("navigation", { name: "Genre" }).getByRole("link", { name: /^Blues.*selected/ }).waitFor()
      expect(await trackTitles()).toEqual(["Rock Island Line", "Rock Me Baby"])
      expect(await page.getByRole("list", { name: "Albums found" }).locator("article h3").allInnerTexts()).toEqual([
        "Delta Rock Blues",
      ])
      expect(await page.getByRole("status").filter({ hasText: "track" }).innerText()).toContain("2 tracks in the formats and genres chosen")
      const chosen = page.getByRole("navigation", { name: "Genre" }).getByRole("link", { name: /^Blues/ })
      expect(await chosen.getAttribute("aria-current")).toBe("true")
      // The other genre stays a choice, with its own count.
      expect(await page.getByRole("navigation", { name: "Genre" }).getByRole("link", { name: /^Rock/ }).innerText()).toMatch(/Rock\s*3/)
      await page.screenshot({ path: path.join(SCREENSHOT_DIR, "chinook-search-facets.png"), fullPage: true })

      // Choosing it again removes the filter.
      await chosen.click()
      await page.waitForURL((url) => !url.searchParams.has("genre_id"))
      expect(await trackRows.count()).toBe(5)
    } finally {
      await page.context().close()
    }
  })
}
