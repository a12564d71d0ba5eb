import type { MedusaSuiteOptions } from "@medusajs/test-utils"
import type { Browser, Page } from "playwright-core"
import { ensureStoreSetup } from "../../../src/lib/store-setup"
import { syncCatalogueVisibilityWorkflow } from "../../../src/workflows/music/sync-catalogue-visibility"
import { createTestAlbums, productHandles } from "../../helpers/catalogue"
import { assertChromium, type StorefrontServer } from "../storefront-server"
import { submitRegistration } from "../support/account-forms"
import { axeProblems } from "../support/axe"
import { closeShop, openShop } from "../support/shop"

// Two small albums: a track is bought from the first, the second whole.
// 40 s tracks: a full track plays past the 30-second preview.
const SINGLE = { album: "Tidewater Sessions", track: "Tide Pool", other: "Low Water" }
const WHOLE = { album: "Harbour Lights", tracks: ["Pilot Boat", "Breakwater"] }

export default function buyAndOwnSuite({ api, getContainer }: MedusaSuiteOptions) {
  let storefront: StorefrontServer | undefined
  let browser: Browser | undefined
  let handles: Record<string, string>

  beforeAll(async () => {
    assertChromium()
    const container = getContainer()
    const setup = await ensureStoreSetup(container)
    const track = (name: string) => ({ name, milliseconds: 40_000, bytes: 800_000, unit_price: 0.99 })
    const albums = await createTestAlbums(container, {
      artist: "The Estuary Band",
      genre: "Folk",
      albums: [
        { title: SINGLE.album, tracks: [track(SINGLE.track), track(SINGLE.other)] },
        { title: WHOLE.album, tracks: WHOLE.tracks.map(track) },
      ],
    })
    await syncCatalogueVisibilityWorkflow(container).run({ input: {} })
    handles = await productHandles(container, albums)

    // Audio starts after a server round trip (the stream URL), past the click's user activation.
    ;({ storefront, browser } = await openShop(api, setup, ["--autoplay-policy=no-user-gesture-required"]))
  })

  afterAll(() => closeShop({ browser, storefront }))

  const header = (page: Page) => page.getByRole("banner")

  it("registers, buys a track and an album, finds both in the library, downloads one and plays it in full; no serious axe violation", async () => {
    const context = await browser!.newContext({ viewport: { width: 1280, height: 900 } })
    const page = await context.newPage()
    const problems: string[] = []
    const base = storefront!.url
    try {
      await page.goto(`${base}/`)
      problems.push(...(await axeProblems(page, "home")))

      // A visitor searches from the header and adds one track from the results.
      await header(page).getByRole("combobox", { name: "Search artists, albums and tracks" }).fill(SINGLE.track)
      await header(page).getByRole("combobox").press("Enter")
      await page.waitForURL((u) => u.pathname === "/search")
      await page.getByRole("button", { name: `Add ${SINGLE.track} to cart, $0.99` }).click()
      await page.getByRole("link", { name: `In cart — ${SINGLE.track}, view your cart` }).waitFor()
      await header(page).getByRole("link", { name: "Cart 1 item", exact: true }).waitFor()

      // Registering keeps the cart filled as a guest: it becomes the customer's.
      await page.goto(`${base}/account/register`)
      await submitRegistration(page, { first_name: "Ada", last_name: "Buyer", email: "ada.buyer@example.com", password: "tide-pool-2026" })
      await page.waitForURL((u) => u.pathname === "/account")
      await header(page).getByRole("link", { name: "Cart 1 item", exact: true }).waitFor()

      // The whole second album from its page.
      await page.goto(`${base}/albums/${handles[WHOLE.album]}`)
      problems.push(...(await axeProblems(page, "album")))
      await page.getByRole("button", { name: `Buy album · $1.98 — ${WHOLE.album}` }).click()
      await page.getByRole("link", { name: `In cart — ${WHOLE.album}, view your cart` }).waitFor()
      await header(page).getByRole("link", { name: "Cart 2 items", exact: true }).waitFor()

      await header(page).getByRole("link", { name: "Cart 2 items", exact: true }).click()
      await page.waitForURL((u) => u.pathname === "/cart")
      const lines = page.getByRole("list", { name: "Items in your cart" }).getByRole("listitem")
      await expect(lines.allInnerTexts()).resolves.toEqual([
        expect.stringMatching(new RegExp(`Track\\s+${SINGLE.track}\\s+from ${SINGLE.album}[\\s\\S]*\\$0\\.99`, "i")),
        expect.stringMatching(new RegExp(`Full album\\s+${WHOLE.album}[\\s\\S]*\\$1\\.98`, "i")),
      ])
      await expect(page.locator("dl").innerText()).resolves.toMatch(/Total\s+\$2\.97/)
      problems.push(...(await axeProblems(page, "cart")))

      await page.getByRole("link", { name: "Go to checkout" }).click()
      await page.waitForURL((u) => u.pathname === "/checkout")
      problems.push(...(await axeProblems(page, "checkout")))
      await page.getByRole("button", { name: "Place order · $2.97" }).click()
      await page.waitForURL((u) => /^\/account\/orders\/order_/.test(u.pathname) && u.searchParams.get("placed") === "1")
      await page.getByRole("heading", { name: "Thank you, your order is placed" }).waitFor()
      await expect(page.getByRole("list", { name: /Items of order/ }).getByRole("listitem").count()).resolves.toBe(2)
      await header(page).getByRole("link", { name: "Cart empty", exact: true }).waitFor()

      // Both in the library: the track alone, the album with all its tracks.
      await page.getByRole("link", { name: "Go to your library" }).click()
      await page.waitForURL((u) => u.pathname === "/account/library")
      const single = page.getByRole("article", { name: SINGLE.album })
      const whole = page.getByRole("article", { name: WHOLE.album })
      await expect(single.getByRole("rowheader").allInnerTexts()).resolves.toEqual([`1. ${SINGLE.track}`])
      await expect(whole.getByRole("rowheader").allInnerTexts()).resolves.toEqual(WHOLE.tracks.map((t, i) => `${i + 1}. ${t}`))
      await expect(single.getByRole("link", { name: /^Order #\d+$/ }).count()).resolves.toBe(1)
      problems.push(...(await axeProblems(page, "library")))

      // Download: the browser gets a signed URL and the bytes arrive.
      const [download] = await Promise.all([
        page.waitForEvent("download"),
        single.getByRole("button", { name: `Download — ${SINGLE.track}` }).click(),
      ])
      expect(download.url()).toMatch(/\/downloads\//)
      const file = await page.request.get(download.url())
      expect(file.status()).toBe(200)
      expect(file.headers()["content-type"]).toMatch(/^audio\//)
      expect(file.headers()["content-disposition"]).toMatch(/^attachment/)
      const bytes = await file.body()
      expect(bytes.length).toBe(Number(file.headers()["content-length"]))
      expect(bytes.length).toBeGreaterThan(10_000)

      // Play in full: the stream, not the 30-second preview.
      await single.getByRole("button", { name: `Play ${SINGLE.track}` }).click()
      const player = page.getByRole("region", { name: "Player", exact: true })
      await player.getByText("Full track").waitFor()
      await page.waitForFunction(
        () => {
          const audio = document.querySelector<HTMLAudioElement>("audio[data-testid=preview-audio]")
          return !!audio && !audio.paused && audio.currentTime > 0.5 && audio.duration > 35
        },
        undefined,
        { timeout: 60_000 }
      )
      const played = await page.evaluate(() => {
        const audio = document.querySelector<HTMLAudioElement>("audio[data-testid=preview-audio]")!
        return { src: audio.currentSrc, duration: audio.duration }
      })
      expect(played.src).toMatch(/\/downloads\//)
      expect(played.duration).toBeGreaterThan(39)
      // Seek past the preview's end: a full track goes on.
      await page.evaluate(() => {
        document.querySelector<HTMLAudioElement>("audio[data-testid=preview-audio]")!.currentTime = 33
      })
      await page.waitForFunction(() => {
        const audio = document.querySelector<HTMLAudioElement>("audio[data-testid=preview-audio]")!
        return !audio.paused && audio.currentTime > 33.3
      })

      // What is owned is not offered again: the track list leads to the library instead.
      await page.goto(`${base}/albums/${handles[SINGLE.album]}`)
      await page.getByRole("link", { name: `Owned — ${SINGLE.track}, open your library` }).waitFor()
      expect(await page.getByRole("button", { name: `Add ${SINGLE.track} to cart, $0.99` }).count()).toBe(0)

      // Complete my album: the rest of a partly owned album, its price less the owned track, said in the cart.
      await page.getByRole("button", { name: `Buy album · $1.98 — ${SINGLE.album}` }).click()
      await page.getByRole("link", { name: `In cart — ${SINGLE.album}, view your cart` }).waitFor()
      await page.goto(`${base}/cart`)
      const offer = page.getByRole("list", { name: "Items in your cart" }).getByRole("listitem")
      await expect(offer.innerText()).resolves.toMatch(
        /you already own 1 of 2 tracks, so this album costs \$0\.99 less\.[\s\S]*\$1\.98[\s\S]*\$0\.99/
      )

      expect(problems).toEqual([])
    } finally {
      await context.close()
    }
  })
}
